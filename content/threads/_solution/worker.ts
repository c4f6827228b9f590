import { setTimeout as sleep } from 'node:timers/promises';
import { parentPort, threadId, workerData } from 'node:worker_threads';

// Each worker gets its own copy of the data main passed as `workerData`.
const { name, seconds } = workerData as { name: string; seconds: number };

console.log(`worker ${name} started (pid ${process.pid}, thread ${threadId}), waiting ${seconds} s`);
await sleep(seconds * 1000); // a timer: this thread is free while it waits
console.log(`worker ${name} finished (pid ${process.pid}, thread ${threadId})`);

// Report back to main. Without this message, main would never hear a result.
parentPort?.postMessage(`${name} waited ${seconds} s`);
