import { childProcesses, defineChecks, exitsWith, noStderr, printsValue, type Check } from '#checks';

// The lines the program prints. Keep them as they are: the checks read them.
const CHILD = /^child \(pid (?<pid>\d+)\): total = (?<value>.+)$/;
const MAIN = /^main \(pid (?<pid>\d+)\): total = (?<value>.+)$/;
const SENT = /^main: the child sent (?<value>.+)$/;
const PARITY = /^main: even numbers sum to (?<even>\S+), odd numbers to (?<odd>\S+)$/;
const EXPECTED = '500000500000'; // 1 + 2 + … + 1,000,000
const EVEN = '250000500000'; // 2 + 4 + … + 1,000,000
const ODD = '250000000000'; // 1 + 3 + … + 999,999

const childRan: Check = {
  id: 'child-own-process',
  title: 'The child computes the total in a process of its own',
  messages: {
    noChild: 'No “child (pid …): total = …” line was printed: did main fork the child, and does the child print its total?',
    noMain: 'No “main (pid …): total = …” line was printed. Keep the line where main prints its own total.',
    samePid: 'The child and main both reported pid {pid}: the total was computed in the main process. Let fork() start the child.',
    computed: 'The child (pid {child}) computed {value}; main is pid {main}.',
  },
  evaluate({ stdout }, { say }) {
    const child = stdout.map((l) => CHILD.exec(l.text)?.groups).find((g) => g !== undefined);
    const main = stdout.map((l) => MAIN.exec(l.text)?.groups).find((g) => g !== undefined);
    if (!child) return { status: 'fail', message: say('noChild') };
    if (!main) return { status: 'fail', message: say('noMain') };
    if (child.pid === main.pid) {
      return { status: 'fail', message: say('samePid', { pid: main.pid ?? '' }) };
    }
    return { status: 'pass', message: say('computed', { child: child.pid ?? '', value: child.value ?? '', main: main.pid ?? '' }) };
  },
};

const resultByMessage: Check = {
  id: 'result-by-message',
  title: 'Main prints the total the child sent it by message (500000500000)',
  messages: {
    noLine: 'No “main: the child sent …” line was printed. Keep the line where main prints the result.',
    right: 'Main printed {value}, the value the child computed.',
    tooSoon: "Main printed “{value}” before the child had even printed its total: main did not wait for the message. Wait for the child's message before printing: once() turns the next 'message' event into a promise.",
    ownCopy:
      "Main printed “{value}”; the child computed {expected}. Main's `total` is its own copy, so the child's change never reaches it. Have the child send its values to main as a message (process.send exists in a forked child), and main wait for that message and print what arrived.",
  },
  evaluate({ stdout }, { say }) {
    const sent = stdout.find((l) => SENT.test(l.text));
    if (!sent) return { status: 'fail', message: say('noLine') };
    const value = SENT.exec(sent.text)?.groups?.value ?? '';
    if (value === EXPECTED) return { status: 'pass', message: say('right', { value }) };
    const child = stdout.find((l) => CHILD.test(l.text));
    if (child && child.index > sent.index) {
      return {
        status: 'fail',
        message: say('tooSoon', { value }),
      };
    }
    return {
      status: 'fail',
      message: say('ownCopy', { value, expected: EXPECTED }),
    };
  },
};

/**
 * On an observed run: the child's total line was written by a child process main started (with its
 * own pid in it), that child sent main a message, and main printed what it received only after the
 * message was sent. A main that computes the total itself and prints it as "sent" fails here.
 */
const cameFromChild: Check = {
  id: 'came-from-child',
  title: 'The total main prints came from the child: the child sent a message, and main printed after it',
  messages: {
    notObserved: 'This runtime did not observe the run, so only the printed values were judged.',
    notChild: '“{line}” was not written by a child process with that pid{from}. Let the forked child print its own process.pid and total.',
    from: ' (it came from process {pid}, which main did not start)',
    noSend:
      'The child never sent main a message (no process.send was seen), so whatever main printed as “the child sent …” it worked out by itself. Have the child send its results with process.send(...) and main print what arrives.',
    beforeSend: "“{line}” was printed before the child's message was sent: main did not print what it received. Wait for the child's message, then print it.",
    sent: 'The child sent its results, and main printed them after they came.',
  },
  evaluate(view, { say }) {
    const children = childProcesses(view);
    if (!children) return { status: 'pass', message: say('notObserved') };
    const childLine = view.stdout.find((l) => CHILD.test(l.text));
    if (childLine?.writer) {
      const child = children.find((c) => c.pid === childLine.writer?.pid);
      const printed = CHILD.exec(childLine.text)?.groups?.pid;
      if (!child || printed !== String(child.pid)) {
        return { status: 'fail', message: say('notChild', { line: childLine.text, from: child ? '' : say('from', { pid: childLine.writer.pid }) }) };
      }
    }
    const sender = children.find((c) => c.lastPostAt !== undefined);
    if (!sender) {
      return {
        status: 'fail',
        message: say('noSend'),
      };
    }
    const sent = view.stdout.find((l) => SENT.test(l.text));
    if (sent && sender.lastPostAt !== undefined && sent.t < sender.lastPostAt) {
      return { status: 'fail', message: say('beforeSend', { line: sent.text }) };
    }
    return { status: 'pass', message: say('sent') };
  },
};

/** The Map arrives whole: main prints the even and odd sums the child computed. */
const mapArrives: Check = {
  id: 'map-arrives',
  title: 'The Map of even and odd sums reaches main intact',
  messages: {
    lost:
      'A message travels as JSON unless you ask for more, and JSON turns a Map into {} (and a class instance into a plain object without its methods). ' +
      "Send plain data, such as the Map's entries, and rebuild the Map in main; or fork the child with the option that serialises messages the way structuredClone() does.",
    crashed: 'Main crashed with “…get is not a function”: what arrived as byParity was no Map. {lost}',
    noLine: 'No “main: even numbers sum to …, odd numbers to …” line was printed. Keep the last line of main.ts.',
    right: 'Main printed even {even} and odd {odd}, as the child computed them.',
    empty: "Main printed undefined for both sums: the Map it read held nothing. If it is main's own copy, the child's values never reached it; if it came in a message, it arrived empty. {lost}",
    wrong: 'Main printed even {even} and odd {odd}; the child computed {expectedEven} and {expectedOdd}.',
  },
  evaluate({ stdout, stderr }, { say }) {
    const line = stdout.find((l) => PARITY.test(l.text));
    const lost = say('lost');
    if (!line) {
      const crashed = [...stdout, ...stderr].some((l) => /get is not a function/.test(l.text));
      if (crashed) return { status: 'fail', message: say('crashed', { lost }) };
      return { status: 'fail', message: say('noLine') };
    }
    const { even, odd } = PARITY.exec(line.text)?.groups ?? {};
    if (even === EVEN && odd === ODD) return { status: 'pass', message: say('right', { even, odd }) };
    if (even === 'undefined' && odd === 'undefined') {
      return { status: 'fail', message: say('empty', { lost }) };
    }
    return { status: 'fail', message: say('wrong', { even: even ?? 'undefined', odd: odd ?? 'undefined', expectedEven: EVEN, expectedOdd: ODD }) };
  },
};

export default defineChecks({
  checks: [
    exitsWith(0),
    childRan,
    resultByMessage,
    cameFromChild,
    printsValue(MAIN, '0', {
      id: 'main-copy-unchanged',
      title: "Main's own `total` is still 0: the child changed only its own copy",
      hint: "This line is there to show that the child cannot touch main's memory: keep `total` as it is in main, and keep the received value in `result`.",
    }),
    mapArrives,
    noStderr(),
  ],
});
