const log = (label: string, kind: string) => console.log(`ran: ${label} (${kind})`);

async function body() {
  log('E', 'async function body'); // runs at once, when body() is called
  await Promise.resolve();
  log('F', 'after await');
}

setTimeout(() => {
  log('A', 'synchronous');
  setTimeout(() => log('B', 'setTimeout 0'), 0);
  process.nextTick(() => log('C', 'nextTick'));
  Promise.resolve().then(() => log('D', 'promise callback'));
  void body();
  log('G', 'synchronous');
}, 0);
// Prints A E G C D F B: every microtask before the timer.
