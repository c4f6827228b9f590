import { defineChecks, exitsWith, notObserved, noUncaughtRejection, taskSet, type Check, type RunView } from '#checks';

// Every account opens with 100 (ledger.ts, read-only). The ledger prints each access it serves,
// naming the operation that made it: the checks judge the accesses, not what main.ts says it did.
const OPENING = 100;
const ACCESS = /^ledger: op (?<op>\d+) (?<kind>read|wrote) (?<account>\w+) = (?<value>-?\d+)$/;
const FINAL = /^ledger: final (?<account>\w+) = (?<value>-?\d+)$/;

const withdrawals = taskSet({
  kind: 'coroutine',
  noun: 'withdrawal',
  start: /^op (?<task>\d+) started: withdraw (?<amount>\d+) from (?<account>\w+)$/,
  end: /^op (?<task>\d+) (?<outcome>paid|refused)\b/,
  expected: ['1', '2', '3', '4', '5', '6'],
});

const perAccountLock =
  'Give each account a lock of its own, and hold it from the withdrawal\'s read to its write (or to its refusal): ' +
  'a withdrawal waits only for earlier withdrawals from the same account.';

type Access = { index: number; op: string; kind: 'read' | 'wrote'; account: string; value: number };

function accessesOf(view: RunView): Access[] {
  const out: Access[] = [];
  for (const line of view.stdout) {
    const g = ACCESS.exec(line.text)?.groups;
    if (g?.op && g.account && g.kind && g.value) out.push({ index: line.index, op: g.op, kind: g.kind as Access['kind'], account: g.account, value: Number(g.value) });
  }
  return out;
}

/** An operation's hold on an account: from its read to its write (a refused one only reads). */
type Hold = { op: string; account: string; read: Access; wrote: Access | null };

function holdsOf(accesses: Access[]): Hold[] {
  const holds: Hold[] = [];
  for (const a of accesses) {
    if (a.kind === 'read') holds.push({ op: a.op, account: a.account, read: a, wrote: null });
    else {
      const hold = holds.find((h) => h.op === a.op && h.account === a.account && h.wrote === null);
      if (hold) hold.wrote = a;
    }
  }
  return holds;
}

/**
 * The books balance: for each account, the opening 100 minus what the writes took out (read value
 * minus written value, per operation) equals the final balance the ledger reports, and no balance
 * ever goes below zero. A lost update breaks the first; a check made on a stale balance, the second.
 */
const booksBalance: Check = {
  id: 'books-balance',
  title: 'The books balance: each account ends at 100 minus what was paid out, never below 0',
  messages: {
    noAccess: 'The ledger printed no reads or writes: withdraw through readBalance and writeBalance.',
    noFinals: 'The ledger never printed the final balances: main did not get to printBalances(), so the books cannot be checked.',
    took: 'op {op} took {amount}',
    separator: ', ',
    moreThanHeld: ', more than it ever held,',
    lostUpdate:
      '{account} opened with {opening} and the withdrawals took out {paid} ({payers}){more} yet the ledger ends at {final}, not {expected}. ' +
      'Withdrawals read the same balance before either wrote: the later write overwrote the earlier one. {lock}',
    belowZero: '{account} ended at {final}: a withdrawal was paid on a balance that had already been spent. {lock}',
    lock: perAccountLock,
    balanced: 'Every account ends where its withdrawals leave it ({finals}).',
  },
  evaluate(view, { say }) {
    const holds = holdsOf(accessesOf(view));
    const finals = new Map<string, number>();
    for (const line of view.stdout) {
      const g = FINAL.exec(line.text)?.groups;
      if (g?.account && g.value !== undefined) finals.set(g.account, Number(g.value));
    }
    if (holds.length === 0) return { status: 'fail', message: say('noAccess') };
    if (finals.size === 0) return { status: 'fail', message: say('noFinals') };
    for (const [account, final] of finals) {
      const paid = holds.filter((h) => h.account === account && h.wrote).reduce((sum, h) => sum + (h.read.value - (h.wrote?.value ?? h.read.value)), 0);
      if (OPENING - paid !== final) {
        const payers = holds.filter((h) => h.account === account && h.wrote).map((h) => say('took', { op: h.op, amount: h.read.value - (h.wrote?.value ?? 0) }));
        return {
          status: 'fail',
          message: say('lostUpdate', { account, opening: OPENING, paid, payers: payers.join(say('separator')), more: paid > OPENING ? say('moreThanHeld') : '', final, expected: OPENING - paid, lock: say('lock') }),
        };
      }
      if (final < 0) return { status: 'fail', message: say('belowZero', { account, final, lock: say('lock') }) };
    }
    return { status: 'pass', message: say('balanced', { finals: [...finals].map(([a, v]) => `${a} ${v}`).join(', ') }) };
  },
};

/**
 * Under the ledger's forced interleaving (every access waits 50 or 150 ms, so other withdrawals always get
 * the thread in between), nobody touches an account between one operation's read and its write.
 */
const exclusive: Check = {
  id: 'one-at-a-time-per-account',
  title: 'Between one withdrawal\'s read and its write, no other withdrawal touches that account',
  messages: {
    noReads: 'The ledger printed no reads: withdraw through readBalance and writeBalance.',
    read: 'read',
    wrote: 'wrote',
    intruder:
      'Op {op} read {account} = {value}, and before it wrote, op {other} {kind} {account} = {otherValue}. ' +
      'Every await is a point where another withdrawal can run: the check and the act must happen with nobody in between. {lock}',
    lock: perAccountLock,
    exclusive: 'Each withdrawal had its account to itself from its read to its write.',
  },
  evaluate(view, { say }) {
    const accesses = accessesOf(view);
    const holds = holdsOf(accesses);
    if (holds.length === 0) return { status: 'fail', message: say('noReads') };
    for (const h of holds) {
      if (!h.wrote) continue;
      const end = h.wrote.index;
      const intruder = accesses.find((a) => a.account === h.account && a.op !== h.op && a.index > h.read.index && a.index < end);
      if (intruder) {
        return {
          status: 'fail',
          message: say('intruder', { op: h.op, account: h.account, value: h.read.value, other: intruder.op, kind: say(intruder.kind), otherValue: intruder.value, lock: say('lock') }),
        };
      }
    }
    return { status: 'pass', message: say('exclusive') };
  },
};

/** Withdrawals from different accounts still ran at the same time: the lock is per account. */
const accountsOverlap: Check = {
  id: 'accounts-overlap',
  title: 'Withdrawals from different accounts still run at the same time',
  messages: {
    overlapped: 'While op {op} held {account}, a withdrawal from another account used the ledger too.',
    serial:
      "Alice's and Bob's withdrawals never overlapped: every withdrawal waited for all earlier ones, whatever their account, so the run took as long as all of them in a row. " +
      'Only withdrawals from the same account conflict. {lock}',
    lock: perAccountLock,
  },
  evaluate(view, { say }) {
    const accesses = accessesOf(view);
    const holds = holdsOf(accesses).filter((h) => h.wrote);
    const overlapping = holds.find((h) => accesses.some((a) => a.account !== h.account && a.index > h.read.index && a.index < (h.wrote?.index ?? 0)));
    if (overlapping) {
      return { status: 'pass', message: say('overlapped', { op: overlapping.op, account: overlapping.account }) };
    }
    return {
      status: 'fail',
      message: say('serial', { lock: say('lock') }),
    };
  },
};

const LEDGER_WAIT = { read: 50, wrote: 150 } as const;

/**
 * Each ledger line follows the ledger's own round trip (on observed runs): a timer of 50 ms (a read)
 * or 150 ms (a write) fired in that process just before the line was written. A program that prints
 * the ledger's lines on a schedule of its own, without going through ledger.ts, fails here.
 */
const ledgerWaits: Check = {
  id: 'ledger-waits',
  title: 'Every read and write goes through the ledger and waits its round trip',
  messages: {
    read: 'read',
    write: 'write',
    noWait: "“{line}” was printed without the ledger's {ms} ms {kind} before it. Keep ledger.ts as it is and make every access through readBalance and writeBalance.",
    waited: 'Every ledger line came right after its own round trip.',
  },
  evaluate(view, { say }) {
    const timers = view.observed?.timers;
    if (!timers) return notObserved('the ledger\'s waits');
    const used = new Set<number>();
    for (const line of view.stdout) {
      const kind = /^ledger: op \d+ (?<kind>read|wrote) /.exec(line.text)?.groups?.kind as keyof typeof LEDGER_WAIT | undefined;
      if (!kind) continue;
      const ms = LEDGER_WAIT[kind];
      const index = timers.findIndex(
        (t, i) =>
          !used.has(i) &&
          Math.abs(t.ms - ms) <= Math.max(10, ms * 0.1) &&
          t.firedAt !== undefined &&
          t.firedAt <= line.t + 1 &&
          line.t - t.firedAt <= 100 &&
          (line.writer === undefined || t.pid === line.writer.pid),
      );
      if (index === -1) {
        return {
          status: 'fail',
          message: say('noWait', { line: line.text, ms, kind: say(kind === 'read' ? 'read' : 'write') }),
        };
      }
      used.add(index);
    }
    return { status: 'pass', message: say('waited') };
  },
};

export default defineChecks({
  timeline: withdrawals.patterns,
  checks: [
    exitsWith(0, { hint: 'A withdrawal that never gets the lock keeps main waiting forever: release the lock on every path, including a refusal or an error (try/finally).' }),
    noUncaughtRejection(),
    withdrawals.allFinish(),
    booksBalance,
    exclusive,
    accountsOverlap,
    ledgerWaits,
  ],
});
