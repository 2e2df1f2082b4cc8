/**
 * Performance marks for the browser benchmark and test (`npm run bench`):
 * when the data was loaded and validated, and when sigma first drew the map
 * with the explorer's reducers. Read with `performance.getEntriesByName`.
 */
export const MARKS = { data: "atlas:data-ready", firstFrame: "atlas:first-frame" } as const;

let drawn: () => void = () => {};
/** Resolves once the map is on screen: work that can wait (the search index) waits for it. */
export const firstFrame = new Promise<void>((resolve) => (drawn = resolve));

export function mark(name: (typeof MARKS)[keyof typeof MARKS]): void {
  performance.mark(name);
  if (name === MARKS.firstFrame) drawn();
}
