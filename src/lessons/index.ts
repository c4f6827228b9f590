// The lesson model: one schema, one course file, one set of rules and messages for every reader.
// Node-side loading is in from-disk.ts (it imports node:fs, so it is not re-exported here for the site).
export { COURSE_FILE, chapterTitle, chapterProblem, courseIn, parseCourse, untranslatedCourseFields, type Course, type CourseText } from './course.ts';
export { parseLessonFrontmatter } from './frontmatter.ts';
export {
  byCourseOrder,
  checkLesson,
  isLessonFolderName,
  lessonPrograms,
  solutionFiles,
  type Lesson,
  type LessonInfo,
  type LessonProgram,
  type LoadedLesson,
} from './lesson.ts';
export { checkChecksModule, CHECKS_MISSING } from './checks-module.ts';
export { describeIssues, LessonError } from './messages.ts';
export { lessonSchema, TRANSLATABLE_FIELDS, type LessonFrontmatter, type LessonLoad, type LessonText } from './schema.ts';
