/**
 * What the container holds besides the learner's files, mounted once per boot:
 *
 *   package.json, .nvmrc   ask WebContainer for Node 22 (its default is Node 20, which cannot strip
 *                          types); StackBlitz reads either from the project root
 *   .course/preload.mjs    the learner preload (learner-preload.ts), loaded with `--import`
 *   .course/probe.*        tiny programs that tell us what this Node can do
 *   lesson/                the learner's files; each run's working directory
 */
import { LEARNER_PRELOAD } from '../../preload/learner-preload.ts';
import type { FileSystemTree } from './api.ts';

export const LESSON_DIR = 'lesson';
const COURSE_DIR = '.course';
export const PROBE_MARKER = 'course-probe-ok';

/** Paths relative to the working directory, as `spawn` and `fs` take them. */
export const PROBE_TS = `${COURSE_DIR}/probe.ts`;
export const PROBE_JS = `${COURSE_DIR}/probe.mjs`;

/** Absolute, so a child forked with another `cwd` still finds it (fork passes execArgv on). */
export function preloadPath(workdir: string): string {
  return `${workdir.replace(/\/+$/, '')}/${COURSE_DIR}/preload.mjs`;
}

/** Node's first release that strips types without a flag; 22.6–22.17 need `--experimental-strip-types`. */
const WANTED_NODE = '>=22.18.0';

export function baseTree(): FileSystemTree {
  const file = (contents: string) => ({ file: { contents } });
  return {
    'package.json': file(
      `${JSON.stringify({ name: 'course-runtime', private: true, type: 'module', engines: { node: WANTED_NODE } }, null, 2)}\n`,
    ),
    '.nvmrc': file('22\n'),
    [COURSE_DIR]: {
      directory: {
        'preload.mjs': file(LEARNER_PRELOAD),
        // A type annotation: only a Node that strips types runs this.
        'probe.ts': file(`const marker: string = ${JSON.stringify(PROBE_MARKER)};\nconsole.log(marker);\n`),
        'probe.mjs': file(`console.log(${JSON.stringify(PROBE_MARKER)});\n`),
      },
    },
    [LESSON_DIR]: { directory: {} },
  };
}
