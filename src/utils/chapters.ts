/** The syllabus chapters, in the article's order: lessons name theirs by number. */
export const chapterTitles: Record<number, string> = {
  1: 'Three ways to do several things at once',
  2: 'Processes',
  3: 'Threads',
  4: 'Coroutines',
  5: 'The three models compared',
  6: 'async/await pitfalls',
  7: 'Promises as tasks',
  8: 'A general template',
};

export function chapterTitle(chapter: number): string {
  return chapterTitles[chapter] ?? `Chapter ${chapter}`;
}
