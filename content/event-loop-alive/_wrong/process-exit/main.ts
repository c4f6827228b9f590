import { setTimeout as sleep } from 'node:timers/promises';

const startedAt = performance.now();
const since = () => ((performance.now() - startedAt) / 1000).toFixed(2);

// A heartbeat in the background. unref(): it must never be the reason the program keeps running.
const heartbeat = setInterval(() => console.log(`heartbeat (+${since()} s)`), 400);
heartbeat.unref();

// Waits for a server's reply; a timer stands in for the network.
function waitForReply(server: string, ms: number): Promise<string> {
  console.log(`waiting for ${server}, about ${ms / 1000} s`);
  return new Promise((resolve) => {
    setTimeout(() => {
      const reply = `hello from ${server}`;
      console.log(`reply from ${server} arrived (+${since()} s)`);
      resolve(reply); // settles the promise: whoever awaits it resumes with the reply
    }, ms);
  });
}

// Saves a log in the background. main starts it and does not wait for it.
async function saveLog(): Promise<void> {
  console.log('background: saving the log, takes 1 s');
  await sleep(1000);
  console.log(`background: log saved (+${since()} s)`);
}

console.log('main: asking A and B');
const replies = await Promise.all([waitForReply('A', 1000), waitForReply('B', 1500)]);
console.log(`main: replies ${JSON.stringify(replies)} (+${since()} s)`);
saveLog(); // not awaited: a background task
console.log(`main: done (+${since()} s)`);
// Typical wrong answer: forcing the end. process.exit() stops Node at once, and the background
// save that was still waiting on its timer is dropped half-way.
process.exit(0);
