import { setTimeout as sleep } from 'node:timers/promises';

const startedAt = performance.now();
const since = () => ((performance.now() - startedAt) / 1000).toFixed(2);

// A background watcher: every half second it checks whether the config file changed.
// It is useful while the program works, but it is no reason for the program to keep running.
async function watchConfig(): Promise<void> {
  while (true) {
    await sleep(500);
    console.log(`watcher: config unchanged (+${since()} s)`);
  }
}

// Waits for a server's reply; a timer stands in for the network.
function waitForReply(server: string, ms: number): Promise<string> {
  console.log(`waiting for ${server}, about ${ms / 1000} s`);
  return new Promise((resolve) => {
    setTimeout(() => {
      console.log(`reply from ${server} arrived (+${since()} s)`);
      resolve(`hello from ${server}`);
    }, ms);
  });
}

// Saves a log in the background. main starts it and does not wait for it, but the save must finish.
async function saveLog(): Promise<void> {
  console.log('background: saving the log, takes 1 s');
  await sleep(1000);
  console.log(`background: log saved (+${since()} s)`);
}

// TODO: as it is, this program never ends: the watcher keeps Node running forever, long after main
// and the log save are done. Make the watcher stop counting as a reason to stay alive, so the program
// ends by itself right after the log is saved. The watcher must still tick while main works.
watchConfig(); // not awaited: a background task

console.log('main: asking A and B');
const replies = await Promise.all([waitForReply('A', 1000), waitForReply('B', 1500)]);
console.log(`main: replies ${JSON.stringify(replies)} (+${since()} s)`);
saveLog(); // not awaited: a background task that must still finish
console.log(`main: done (+${since()} s)`);
