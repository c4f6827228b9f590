// The puzzle: twelve callbacks of five kinds. Each prints its letter and its kind when it runs.
// Read it, predict the order in main.ts, then run. (Leave this file as it is.)
const ran = (letter: string, kind: string) => console.log(`ran: ${letter} (${kind})`);

export function puzzle(): void {
  ran('A', 'synchronous');

  setTimeout(() => {
    ran('B', 'timer');
    setImmediate(() => ran('C', 'immediate'));
    setTimeout(() => ran('D', 'timer'), 0);
    Promise.resolve().then(() => ran('E', 'promise callback'));
    process.nextTick(() => ran('F', 'nextTick'));
  }, 0);

  Promise.resolve().then(() => {
    ran('G', 'promise callback');
    process.nextTick(() => ran('H', 'nextTick'));
  });

  process.nextTick(() => ran('I', 'nextTick'));

  (async () => {
    ran('J', 'async function body');
    await Promise.resolve();
    ran('K', 'after await');
  })();

  ran('L', 'synchronous');
}
