// The course file for the site, read through Vite (a change in `npm run dev` reloads the pages).
import courseText from '../../content/course.yaml?raw';
import { parseCourse, type Course } from './course.ts';

/** The course file, validated: a mistake fails the build, or shows on the page in dev. */
export const course: Course = parseCourse(courseText);
