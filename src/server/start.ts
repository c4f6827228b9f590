/**
 * `npm start` (after `astro build`) and `npm run serve`: serves dist/ and the run API on
 * http://127.0.0.1:$PORT/ (default 4321). Ctrl+C stops every running program, then exits.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCourse } from '../lessons/from-disk.ts';
import { CourseServerError, createCourseServer, DEFAULT_PORT, type CourseServer } from './course-server.ts';
import { describeSandbox } from '../runner/sandbox.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const distDir = path.join(projectRoot, 'dist');

function parsePort(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`PORT must be a number from 1 to 65535 (got ${JSON.stringify(value)}).`);
    process.exit(1);
  }
  return port;
}

if (!existsSync(path.join(distDir, 'index.html'))) {
  console.error(`The built site was not found at ${distDir}. Run npm run build first (npm start builds it for you).`);
  process.exit(1);
}

let course: CourseServer;
try {
  course = await createCourseServer({ distDir, port: parsePort(process.env.PORT) });
} catch (error) {
  console.error(error instanceof CourseServerError ? error.message : `Could not start the course server: ${String(error)}`);
  process.exit(1);
}

// The name from content/course.yaml (the build already validated it).
const courseTitle = (await loadCourse().catch(() => null))?.title ?? 'The course';
// The key is in the link only: whoever opens it may run code, so it goes to this terminal alone.
console.log(`${courseTitle} is running. Open this link to run code (it is for you only):\n\n    ${course.accessUrl}\n`);
console.log(describeSandbox());

let stopping = false;
async function shutdown(signal: NodeJS.Signals): Promise<void> {
  if (stopping) process.exit(1); // a second Ctrl+C: leave now (the exit hook still kills the runs)
  stopping = true;
  console.log(`\n${signal}: stopping running programs…`);
  const forced = setTimeout(() => process.exit(1), 5000);
  forced.unref();
  await course.close();
  process.exit(0);
}
process.on('SIGINT', (signal) => void shutdown(signal));
process.on('SIGTERM', (signal) => void shutdown(signal));
