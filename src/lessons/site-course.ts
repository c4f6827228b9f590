// The course file for the site, read through Vite (a change in `npm run dev` reloads the pages).
import courseText from '../../content/course.yaml?raw';
import type { Locale } from '../i18n/index.ts';
import { courseIn, parseCourse, type Course, type CourseText } from './course.ts';

/** The course file, validated: a mistake fails the build, or shows on the page in dev. */
export const course: Course = parseCourse(courseText);

/** The course's name, tagline and chapter titles in `locale`, from course.yaml (English where it has no translation). */
export function localizedCourse(locale: Locale): CourseText {
  return courseIn(course, locale);
}
