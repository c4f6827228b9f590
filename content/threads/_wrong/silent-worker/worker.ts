import { setTimeout as sleep } from 'node:timers/promises';
import { threadId, workerData } from 'node:worker_threads';

// Each worker gets its own copy of the data main passed as `workerData`.
const { name, seconds } = workerData as { name: string; seconds: number };

console.log(`worker ${name} started (pid ${process.pid}, thread ${threadId}), waiting ${seconds} s`);
await sleep(seconds * 1000); // a timer: this thread is free while it waits
console.log(`worker ${name} finished (pid ${process.pid}, thread ${threadId})`);

// Typical wrong answer: the worker prints its result but never posts it to main. Its 'exit'
// comes without a 'message', and main's promise rejects.
console.log(`${name} waited ${seconds} s`);
