/**
 * What a runtime tells the learner when it stops a program, in plain words. Pure (no Node or DOM
 * APIs), so the local runner (server side) and the WebContainer adapter (in the page) say the same
 * thing for the same limit.
 */
import { inPageLanguage } from '../i18n/page-language.ts';
import { runMessagesZh } from '../i18n/runtime-zh.ts';

function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return Number.isInteger(s) ? String(s) : s.toFixed(1);
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

const messagesEn = {
  timeout: (ms: number) =>
    `Stopped after ${formatSeconds(ms)} s: the time limit for this lesson. ` +
    'Is there a loop that never ends, or a promise nobody resolves?',
  outputLimit: (bytes: number) =>
    `Stopped: your program printed more than ${formatBytes(bytes)} of output. ` +
    'Is a loop printing without end? Print less, or print a summary instead.',
  lineLimit: (lines: number) =>
    `Stopped: your program printed more than ${lines.toLocaleString('en')} lines. ` +
    'Is a loop printing without end? Print less, or print a summary instead.',
  processLimit: (max: number) =>
    `Stopped: your program started more than ${max} processes at once (a fork storm?). ` +
    'Does each child start children of its own? Keep the number of processes small.',
  orphans: (count: number) =>
    `Your program ended but left ${count === 1 ? 'a child process' : `${count} child processes`} running; ` +
    `${count === 1 ? 'it was' : 'they were'} stopped. Wait for every child to exit (or kill it) before the main program ends.`,
  memoryLimit: (mb: number) =>
    `Stopped: your program and its child processes used more than ${mb} MB of memory together. ` +
    'Does something keep growing, such as a Buffer, an array, or a file written to /tmp?',
  diskLimit: (mb: number) =>
    `Stopped: your program wrote a file larger than ${mb} MB, the limit for one file. ` +
    'Is a loop writing without end? Write less, or write a summary instead.',
  stopped: () => 'Stopped before it finished.',
  outOfMemory: (mb: number) =>
    `Your program ran out of memory (the limit is ${mb} MB) and Node ended it. ` +
    'Does something keep growing, such as an array, a map, or promises that never settle?',
  cannotRun: (problem: string) => `Could not run your program: ${problem}.`,
} as const;

/** In a page whose `<html lang>` is Chinese (the WebContainer runtime), said in Chinese; on the server, English. */
export const messages: typeof messagesEn = inPageLanguage(messagesEn, runMessagesZh);
