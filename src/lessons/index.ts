// The lesson model: one schema, one course file, one set of rules and messages for every reader.
// Node-side loading is in from-disk.ts (it imports node:fs, so it is not re-exported here for the site).
export { chapterTitle, chapterProblem, courseIn, parseCourse, untranslatedCourseFields } from './course.ts';
export { parseLessonFrontmatter } from './frontmatter.ts';
export { isLessonFolderName, lessonPrograms, solutionFiles, type LoadedLesson } from './lesson.ts';
export { LessonError } from './messages.ts';
export { lessonSchema, type LessonFrontmatter, type LessonLoad } from './schema.ts';
