import { waitTask } from './task.ts';

// A forked child runs this file from the top, in a process of its own.
// Its task arrives as command-line arguments: the name, the seconds, and "fails" or "ok".
const [name = '?', seconds = '0', outcome = 'ok'] = process.argv.slice(2);
// If the task throws, nothing here catches it: the child dies with exit code 1, and only the child.
await waitTask('process', name, Number(seconds), outcome === 'fails');
