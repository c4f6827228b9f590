/**
 * What the page and the local runner agree on. Shared by both sides, so it holds constants only:
 * the page must not pull Node modules in, and the server must not pull in browser code.
 */
export const RUN_PATH = '/api/run';
export const HEALTH_PATH = '/api/health';
/** Pages carry the token in `<meta name=…>`; `npm start` fills in the placeholder as it serves them. */
export const TOKEN_META_NAME = 'course-runner-token';
export const TOKEN_PLACEHOLDER = '__COURSE_RUNNER_TOKEN__';
/** Request header carrying the token (lower case, as Node reports incoming headers). */
export const TOKEN_HEADER = 'x-course-token';
