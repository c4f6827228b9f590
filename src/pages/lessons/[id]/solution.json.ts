import type { APIRoute, GetStaticPaths } from 'astro';
import { courseLessons, lessonFiles } from '../../../lessons/from-vite.ts';

// Each lesson's reference solution as a file of its own (/lessons/<id>/solution.json), shared by
// every language: the page fetches it only when the learner asks for it, so the solution is not
// inlined in (and downloaded with) every lesson page.
export const getStaticPaths = (async () => (await courseLessons()).map((lesson) => ({ params: { id: lesson.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => Response.json({ files: lessonFiles(params.id ?? '').solution });
