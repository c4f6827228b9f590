import { setTimeout as sleep } from 'node:timers/promises';
import { threadId, workerData } from 'node:worker_threads';

// Each worker gets its own copy of the data main passed as `workerData`.
const { name, seconds } = workerData as { name: string; seconds: number };

console.log(`worker ${name} started (pid ${process.pid}, thread ${threadId}), waiting ${seconds} s`);
await sleep(seconds * 1000); // a timer: this thread is free while it waits
console.log(`worker ${name} finished (pid ${process.pid}, thread ${threadId})`);

// The worker forgets to post its result (see main.ts).
console.log(`${name} waited ${seconds} s`);
