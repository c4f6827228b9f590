/**
 * A lesson's check texts in another language: `content/<lesson>/checks.<locale>.yaml`, beside the
 * English source (checks.ts). Keyed by check id; each entry gives the lesson's own texts of that
 * check (title, hint, describe, messages), and `nouns` the lesson's task nouns. Validated here for
 * the site, the CLI and the translation audit alike: a wrong shape or a text the English does not
 * have is a LessonError; a text not translated yet is listed, and shown in English with a note.
 */
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import type { CheckTexts, LessonChecks } from '../grader/index.ts';
import { describeIssues, LessonError } from './messages.ts';

export const CHECK_TEXT_LOCALES = ['zh-CN'] as const;
export type CheckTextLocale = (typeof CHECK_TEXT_LOCALES)[number];
export const checkTextsFile = (locale: CheckTextLocale) => `checks.${locale}.yaml`;

const text = z.string().trim().min(1, 'must not be empty');
const checkText = z.strictObject({
  title: text.optional().describe("The check's title, if checks.ts gives it one."),
  hint: text.optional().describe("The check's hint: exactly when checks.ts gives one."),
  describe: text.optional().describe("printsValue's describe: exactly when checks.ts gives one."),
  messages: z.record(z.string(), text).optional().describe("The check's own messages, by the keys of its messages in checks.ts; {name} placeholders as there."),
});
const checkTextsSchema = z.strictObject({
  nouns: z.record(z.string(), text).optional().describe('The lesson\'s task nouns (taskSet\'s noun), English word → translation.'),
  checks: z.record(z.string(), checkText.nullable()).optional().describe('By check id: the texts of that check.'),
});

/** Parses a checks.<locale>.yaml file; a mistake names the file and the field. */
export function parseCheckTexts(source: string, where: string): CheckTexts {
  let raw: unknown;
  try {
    raw = parseYaml(source);
  } catch (error) {
    throw new LessonError(`${where}: not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = checkTextsSchema.safeParse(raw ?? {});
  if (!parsed.success) throw new LessonError(describeIssues(where, parsed.error.issues));
  const checks = Object.fromEntries(Object.entries(parsed.data.checks ?? {}).map(([id, entry]) => [id, entry ?? {}]));
  return { nouns: parsed.data.nouns, checks };
}

const placeholders = (template: string): string[] => [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();

export interface CheckTextsAudit {
  /** Texts the English has and the translation not (yet): shown in English with a note. */
  untranslated: string[];
  /** Where the translation does not match the English checks: each one is an error. */
  problems: string[];
}

/**
 * Compares a translation with the English checks. Problems: a check id, hint, describe or message
 * key the English does not have (or a hint the English has and the translation drops), a message
 * that uses a {placeholder} the English does not fill in. Untranslated: titles and messages still missing.
 * (Messages written inline in checks.ts, which no translation can reach, are inlineMessages' job.)
 */
export function auditCheckTexts(english: LessonChecks, texts: CheckTexts | undefined, where: string): CheckTextsAudit {
  const untranslated: string[] = [];
  const problems: string[] = [];
  const ids = new Set(english.checks.map((c) => c.id));
  for (const id of Object.keys(texts?.checks ?? {})) {
    if (!ids.has(id)) problems.push(`${where}: check "${id}" is not in checks.ts (its checks: ${[...ids].join(', ')}).`);
  }
  for (const check of english.checks) {
    const own = texts?.checks?.[check.id];
    const needsTitle = check.defaultTitle === undefined;
    const keys = Object.keys(check.messages ?? {});
    const hasTexts = needsTitle || check.hint !== undefined || check.describe !== undefined || keys.length > 0;
    if (hasTexts && texts && !own) problems.push(`${where}: check "${check.id}" is missing (checks.ts gives it ${[needsTitle && 'a title', check.hint !== undefined && 'a hint', keys.length > 0 && 'messages'].filter(Boolean).join(', ')}).`);
    if (texts && own) {
      for (const field of ['hint', 'describe'] as const) {
        if ((check[field] === undefined) !== (own[field] === undefined)) {
          problems.push(`${where}: check "${check.id}" ${own[field] === undefined ? `has no ${field}, but checks.ts gives it one` : `has a ${field}, but checks.ts gives it none`} (same ${field}s as the English).`);
        }
      }
      if (!needsTitle && own.title !== undefined) problems.push(`${where}: check "${check.id}" has a title, but checks.ts uses the built-in one (already translated): remove it.`);
      if (needsTitle && own.title === undefined) untranslated.push(`${where}: title of check "${check.id}"`);
      for (const key of Object.keys(own.messages ?? {})) {
        const template = check.messages?.[key];
        if (template === undefined) problems.push(`${where}: check "${check.id}" has message "${key}", which checks.ts does not have${keys.length ? ` (its messages: ${keys.join(', ')})` : ''}.`);
        else {
          // A translation may leave out a value only English grammar needs (a plural "s"), never add one.
          const known = new Set(placeholders(template));
          const unknown = placeholders(own.messages?.[key] ?? '').filter((name) => !known.has(name));
          if (unknown.length > 0) {
            problems.push(`${where}: message "${key}" of check "${check.id}" uses {${unknown.join('}, {')}}, which checks.ts does not fill in (it has ${known.size ? `{${[...known].join('}, {')}}` : 'none'}).`);
          }
        }
      }
      for (const key of keys) if (own.messages?.[key] === undefined) untranslated.push(`${where}: message "${key}" of check "${check.id}"`);
    } else if (hasTexts && !texts) untranslated.push(`${where}: check "${check.id}"`);
  }
  return { untranslated, problems };
}

// `message:` followed by a string, a template or an UPPER_CASE constant: text only English can have.
const INLINE_MESSAGE = /\bmessage:\s*(['"`]|[A-Z][A-Z0-9_]*\b)/g;

/**
 * Verdict messages a lesson's checks.ts writes inline instead of through a check's `messages` and
 * `say(key)`: no translation can reach them. Read from the whole source, so checks built by helper
 * functions or wrapped in guards count too. One problem per line, naming it.
 */
export function inlineMessages(source: string, where: string): string[] {
  const problems: string[] = [];
  for (const match of source.matchAll(INLINE_MESSAGE)) {
    const line = source.slice(0, match.index).split('\n').length;
    problems.push(`${where}:${line}: a verdict message written inline: give the check \`messages\` by key and return say('key', {...}) (README: "Writing checks").`);
  }
  return problems;
}

/** Parses and checks a translation against the lesson's checks: a problem is a LessonError. */
export function loadCheckTexts(source: string, english: LessonChecks, where: string): CheckTexts {
  const texts = parseCheckTexts(source, where);
  const { problems } = auditCheckTexts(english, texts, where);
  if (problems.length > 0) throw new LessonError(problems.join('\n'));
  return texts;
}
