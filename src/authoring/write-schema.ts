// `npm run schema`: writes the lesson frontmatter JSON Schema that authors' editors can use.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lessonJsonSchema } from './lesson-json-schema.ts';

export const SCHEMA_PATH = fileURLToPath(new URL('../../public/schemas/lesson-frontmatter.schema.json', import.meta.url));
export const schemaText = () => `${JSON.stringify(lessonJsonSchema(), null, 2)}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_PATH, schemaText());
  console.log(`Wrote ${SCHEMA_PATH}`);
}
