// Lets the snippet import waitTask as the lesson's files do.
export { waitTask } from '../_files/task.ts';
