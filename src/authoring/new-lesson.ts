// `npm run new-lesson -- <lesson-id> [--title "…"] [--chapter N | --new-chapter "Title"] [--zh] [--content <dir>]`
// Scaffolds a lesson folder that builds, runs and verifies at once, placed last in its chapter
// (with --new-chapter, in a chapter added at the end of content/course.yaml).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { COURSE_FILE, parseCourse, type Course } from '../lessons/course.ts';
import { chapterProblem, isLessonFolderName, parseLessonFrontmatter, type LessonFrontmatter } from '../lessons/index.ts';

const ID = /^[a-z0-9][a-z0-9-]{1,62}$/;

export interface ScaffoldOptions {
  id: string;
  contentDir: string;
  title?: string;
  chapter?: number;
  /** Adds a chapter with this title after the last one in course.yaml and puts the lesson in it. */
  newChapter?: string;
  /** Also write the Chinese translation's stub (index.zh-CN.mdx, _files.zh-CN/), to be translated. */
  zh?: boolean;
}

/** The frontmatter of every lesson already in the folder (through the lesson model; a broken one is left out). */
function existingLessons(contentDir: string): LessonFrontmatter[] {
  const found: LessonFrontmatter[] = [];
  for (const id of existsSync(contentDir) ? readdirSync(contentDir) : []) {
    const file = join(contentDir, id, 'index.mdx');
    if (!isLessonFolderName(id) || !existsSync(file)) continue;
    try {
      found.push(parseLessonFrontmatter(readFileSync(file, 'utf8'), `content/${id}/index.mdx`));
    } catch {
      // another lesson's mistake is `npm run verify`'s to report, not a reason to refuse a new lesson
    }
  }
  return found;
}

/** The order that places a new lesson after every lesson of its chapter (or last in the course). */
export function nextOrder(contentDir: string, chapter: number): number {
  const lessons = existingLessons(contentDir);
  const inChapter = lessons.filter((l) => l.chapter === chapter).map((l) => l.order);
  if (inChapter.length > 0) return Math.max(...inChapter) + 1;
  return Math.max(0, ...lessons.map((l) => l.order)) + 10;
}

const yamlString = (text: string) => JSON.stringify(text);

/**
 * The course file with one more chapter after the last, edited through the \`yaml\` package so the
 * author's comments and layout stay; the result is validated by the lesson model before anyone writes it.
 */
export function withNewChapter(courseText: string, title: string, where = COURSE_FILE): { text: string; course: Course; number: number } {
  const number = (parseCourse(courseText, where).chapters.at(-1)?.number ?? 0) + 1;
  const doc = parseDocument(courseText);
  doc.setIn(['chapters', number], title.trim());
  // lineWidth 0: never fold the author's long lines (the tagline) while rewriting the file.
  const text = doc.toString({ lineWidth: 0 });
  return { text, course: parseCourse(text, where), number };
}

export function scaffoldLesson(options: ScaffoldOptions): string[] {
  const { id, contentDir } = options;
  if (!ID.test(id)) throw new Error(`"${id}" is not a usable lesson id: use lower-case letters, digits and dashes, e.g. "worker-pool".`);
  const dir = join(contentDir, id);
  if (existsSync(dir)) throw new Error(`${relative(process.cwd(), dir) || dir} already exists: pick another id, or edit that lesson.`);
  const courseFile = join(contentDir, 'course.yaml');
  if (!existsSync(courseFile)) throw new Error(`${courseFile} is missing: it names the course and its chapters (see README, "Adding a lesson").`);
  if (options.newChapter !== undefined && options.chapter !== undefined) throw new Error('Give either --chapter or --new-chapter, not both.');
  const courseText = readFileSync(courseFile, 'utf8');
  const added = options.newChapter === undefined ? null : withNewChapter(courseText, options.newChapter);
  const course = added?.course ?? parseCourse(courseText);
  const chapter = added?.number ?? options.chapter ?? course.chapters.at(-1)?.number ?? 1;
  const notAChapter = chapterProblem(course, id, chapter);
  if (notAChapter) throw new Error(notAChapter);
  const title = options.title ?? id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
  const files: Record<string, string> = {
    'index.mdx': `---
title: ${yamlString(title)}
summary: ${yamlString('Two tasks wait 1 s each at the same time, so the run takes 1 s, not 2.')}
chapter: ${chapter}
order: ${nextOrder(contentDir, chapter)}
kind: exercise
entry: main.ts
timeLimitSeconds: 30
load: wait
hints:
  - Calling an async function starts it at once; you decide when to wait for it.
  - "Start both tasks, then wait for both together: \`await Promise.all([greet('A', 1), greet('B', 1)]);\`"
---

Write the lesson here: the idea, the Node.js API, a short walk-through with code blocks, and what
the learner should change. (This folder was made by \`npm run new-lesson\`; see README, "Adding a
lesson".)

\`\`\`ts
await Promise.all([greet('A', 1), greet('B', 1)]);
\`\`\`

## Your turn

The starter waits for one task after the other. Make both wait at the same time.
`,
    '_files/main.ts': `import { setTimeout as sleep } from 'node:timers/promises';

async function greet(name: string, seconds: number): Promise<void> {
  console.log(\`task \${name} started, waiting \${seconds} s\`);
  await sleep(seconds * 1000);
  console.log(\`task \${name} finished\`);
}

// TODO: run both greetings at the same time.
await greet('A', 1);
await greet('B', 1);
`,
    '_solution/main.ts': `import { setTimeout as sleep } from 'node:timers/promises';

async function greet(name: string, seconds: number): Promise<void> {
  console.log(\`task \${name} started, waiting \${seconds} s\`);
  await sleep(seconds * 1000);
  console.log(\`task \${name} finished\`);
}

await Promise.all([greet('A', 1), greet('B', 1)]);
`,
    'checks.ts': `import { defineChecks, exitsWith, taskSet } from '#checks';

const tasks = taskSet({
  kind: 'coroutine',
  start: /^task (?<task>\\w+) started, waiting (?<seconds>\\d+(?:\\.\\d+)?) s$/,
  end: /^task (?<task>\\w+) finished$/,
  expected: ['A', 'B'],
});

export default defineChecks({
  timeline: tasks.patterns,
  checks: [
    exitsWith(0),
    tasks.allFinish(),
    tasks.overlap({ hint: 'Start both tasks before awaiting either.' }),
    tasks.totalNearLongest({ hint: 'Wait for both together with Promise.all.' }),
  ],
});
`,
  };
  if (options.zh) {
    // Same hints in the same order, same imports (none), same code: only words change (README, "Translations").
    files['index.zh-CN.mdx'] = `---
title: ${yamlString(`（待翻译）${title}`)}
summary: ${yamlString('两个任务同时各等待 1 秒，所以整个运行只用 1 秒，而不是 2 秒。')}
hints:
  - 调用 async 函数会立即启动它；什么时候等待它，由你决定。
  - "先启动两个任务，再一起等待它们：\`await Promise.all([greet('A', 1), greet('B', 1)]);\`"
---

在这里写课文的中文版：与 index.mdx 相同的 MDX import 和组件，代码和标识符保持不变。
（这个文件由 \`npm run new-lesson -- --zh\` 生成；见 README 的“Translations”一节。）

\`\`\`ts
await Promise.all([greet('A', 1), greet('B', 1)]);
\`\`\`

## 动手试试

初始代码一个接一个地等待两个任务。让它们同时等待。
`;
    // The checks' Chinese texts, by check id: exactly the hints (and titles) checks.ts gives, so the audit passes.
    files['checks.zh-CN.yaml'] = `# 本课检查项的中文文字，按检查项 id 排列；英文原文在 checks.ts（见 README 的 “Translations”）。
# 给 checks.ts 里的检查项加上 title、hint 或 messages 时，在这里为它写上中文。
checks:
  tasks-overlap:
    hint: "在 await 任何一个之前，先把两个任务都启动。"
  total-time:
    hint: "用 Promise.all 一起等待两者。"
`;
    files['_files.zh-CN/main.ts'] = (files['_files/main.ts'] ?? '').replace('// TODO: run both greetings at the same time.', '// TODO：让两次问候同时进行。');
  }
  const written: string[] = [];
  // The chapter is written only once everything else was checked, together with the lesson.
  if (added) {
    writeFileSync(courseFile, added.text);
    written.push(courseFile);
  }
  for (const [path, text] of Object.entries(files)) {
    const target = join(dir, path);
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, text);
    written.push(target);
  }
  return written;
}

function main(argv: string[]): number {
  const args = [...argv];
  const take = (flag: string) => {
    const i = args.indexOf(flag);
    if (i < 0) return undefined;
    const value = args[i + 1];
    args.splice(i, 2);
    return value;
  };
  const zhAt = args.indexOf('--zh');
  if (zhAt >= 0) args.splice(zhAt, 1);
  const title = take('--title');
  const chapterText = take('--chapter');
  const newChapter = take('--new-chapter');
  const contentDir = take('--content') ?? fileURLToPath(new URL('../../content/', import.meta.url));
  const [id, ...rest] = args;
  if (!id || rest.length > 0) {
    console.error('Usage: npm run new-lesson -- <lesson-id> [--title "Lesson title"] [--chapter N (a chapter of content/course.yaml) | --new-chapter "Chapter title"] [--zh]');
    return 2;
  }
  const chapter = chapterText === undefined ? undefined : Number(chapterText);
  if (chapter !== undefined && !(Number.isInteger(chapter) && chapter >= 1)) {
    console.error(`--chapter must be a whole number from 1 (got "${chapterText}").`);
    return 2;
  }
  try {
    const written = scaffoldLesson({ id, contentDir, title, chapter, newChapter, zh: zhAt >= 0 });
    console.log(newChapter === undefined ? `Created lesson "${id}":` : `Added the chapter "${newChapter.trim()}" and created lesson "${id}":`);
    for (const file of written) console.log(`  ${relative(process.cwd(), file)}`);
    console.log(`\nNext: npm run dev and open http://127.0.0.1:4321/lessons/${id}/ ; npm run verify checks it.`);
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
