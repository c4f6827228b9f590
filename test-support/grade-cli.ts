/**
 * Runs the real grading CLI (`npm run grade`) in a child process on the src tests' fixture lesson.
 * The locale variables are cleared so a report's language is the one a test asks for (`extraEnv`),
 * never the machine's.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { FIXTURE_CONTENT_DIR } from '../src/lessons/fixture.ts';

const GRADE = fileURLToPath(new URL('../src/cli/grade.ts', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function gradeCli(args: string[], extraEnv: Record<string, string> = {}): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', COURSE_CONTENT_DIR: FIXTURE_CONTENT_DIR };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  delete env.LANG;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [GRADE, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...env, ...extraEnv } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}
