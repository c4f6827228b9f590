import { defineChecks, exitsWith, noStderr, printsValue, type Check } from '#checks';

// The lines the program prints. Keep them as they are: the checks read them.
const CHILD = /^child \(pid (?<pid>\d+)\): total = (?<value>.+)$/;
const MAIN = /^main \(pid (?<pid>\d+)\): total = (?<value>.+)$/;
const SENT = /^main: the child sent (?<value>.+)$/;
const EXPECTED = '500000500000'; // 1 + 2 + … + 1,000,000

const childRan: Check = {
  id: 'child-own-process',
  title: 'The child computes the total in a process of its own',
  evaluate({ stdout }) {
    const child = stdout.map((l) => CHILD.exec(l.text)?.groups).find((g) => g !== undefined);
    const main = stdout.map((l) => MAIN.exec(l.text)?.groups).find((g) => g !== undefined);
    if (!child) return { status: 'fail', message: 'No “child (pid …): total = …” line was printed: did main fork the child, and does the child print its total?' };
    if (!main) return { status: 'fail', message: 'No “main (pid …): total = …” line was printed. Keep the line where main prints its own total.' };
    if (child.pid === main.pid) {
      return { status: 'fail', message: `The child and main both reported pid ${main.pid}: the total was computed in the main process. Let fork() start the child.` };
    }
    return { status: 'pass', message: `The child (pid ${child.pid}) computed ${child.value}; main is pid ${main.pid}.` };
  },
};

const resultByMessage: Check = {
  id: 'result-by-message',
  title: 'Main prints the total the child sent it by message (500000500000)',
  evaluate({ stdout }) {
    const sent = stdout.find((l) => SENT.test(l.text));
    if (!sent) return { status: 'fail', message: 'No “main: the child sent …” line was printed. Keep the line where main prints the result.' };
    const value = SENT.exec(sent.text)?.groups?.value ?? '';
    if (value === EXPECTED) return { status: 'pass', message: `Main printed ${value}, the value the child computed.` };
    const child = stdout.find((l) => CHILD.test(l.text));
    if (child && child.index > sent.index) {
      return {
        status: 'fail',
        message: `Main printed “${value}” before the child had even printed its total: main did not wait for the message. Wait for it before printing: const [message] = await once(child, 'message').`,
      };
    }
    return {
      status: 'fail',
      message: `Main printed “${value}”; the child computed ${EXPECTED}. Main's \`total\` is its own copy, so the child's change never reaches it. Have the child send the value with process.send?.({ total }), and main wait for it with const [message] = await once(child, 'message') and print message.total.`,
    };
  },
};

export default defineChecks({
  checks: [
    exitsWith(0),
    childRan,
    resultByMessage,
    printsValue(MAIN, '0', {
      id: 'main-copy-unchanged',
      title: "Main's own `total` is still 0: the child changed only its own copy",
      hint: "This line is there to show that the child cannot touch main's memory: keep `total` as it is in main, and keep the received value in `result`.",
    }),
    noStderr(),
  ],
});
