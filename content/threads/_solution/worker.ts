import { setTimeout as sleep } from 'node:timers/promises';
import { parentPort, threadId, workerData } from 'node:worker_threads';

// Each worker gets its own copy of the data main passed as `workerData`.
const { name, seconds, fault } = workerData as { name: string; seconds: number; fault: 'none' | 'throw' | 'silent' };

console.log(`worker ${name} started (pid ${process.pid}, thread ${threadId}), waiting ${seconds} s`);

// Two workers misbehave on purpose, as real ones sometimes do. Leave this file as it is.
if (fault === 'throw') {
  // Crashes when its time is up: an error thrown in a timer callback, which nothing here catches.
  setTimeout(() => {
    throw new Error(`worker ${name} could not finish: the disk is full`);
  }, seconds * 1000);
} else {
  await sleep(seconds * 1000); // a timer: this thread is free while it waits
  console.log(`worker ${name} finished (pid ${process.pid}, thread ${threadId})`);
  if (fault === 'silent') process.exit(0); // ends without a word
  parentPort?.postMessage(`${name} waited ${seconds} s`); // the result, back to main
}
