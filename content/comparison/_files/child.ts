import { waitTask } from './task.ts';

// A forked child runs this file from the top, in a process of its own.
// Its task arrives as command-line arguments: the name, then the seconds.
const [name = '?', seconds = '0'] = process.argv.slice(2);
await waitTask('process', name, Number(seconds));
