import { pbkdf2 } from 'node:crypto';

const PASSWORDS = ['ant', 'bee', 'cat', 'dog', 'eel', 'fox', 'gnu', 'hen'];

// No pool to create: pbkdf2's callback form queues the work on libuv's pool
// (4 threads unless UV_THREADPOOL_SIZE says otherwise) and returns at once.
function hashPassword(password: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    pbkdf2(password, 'course-salt', 300_000, 32, 'sha256', (err, key) => (err ? reject(err) : resolve(key)));
  });
}

const start = performance.now();
await Promise.all(
  PASSWORDS.map(async (password, i) => {
    await hashPassword(password);
    console.log(`hash ${i + 1} finished at ${((performance.now() - start) / 1000).toFixed(2)} s`);
  }),
);
