// The src/ tests' own content folder (a frozen copy of the coroutines lesson): see __fixtures__/content/README.md.
import { fileURLToPath } from 'node:url';

export const FIXTURE_CONTENT_DIR = fileURLToPath(new URL('./__fixtures__/content/', import.meta.url));
export const FIXTURE_LESSON = 'coroutines';
