/**
 * Selecting records by arXiv category, as `--category cs.CL,cs.LG` or by archive, `--category cs`:
 * a researcher points the builder at the arXiv metadata snapshot (2.7 million records) to map
 * one field, not all of them.
 */
export interface CategorySelection {
  /** As the user wrote them, for messages. */
  names: readonly string[];
  /** Whether a record's `categories` field, as read (a string of names or a list), names a selected category. */
  includes(categories: unknown): boolean;
  /** The categories of the records left out, most common first: what a misspelt selection missed. */
  outsideNames(): [name: string, records: number][];
}

/** Enough to name every arXiv category; a field of junk names must not grow without bound. */
const MAX_OUTSIDE_NAMES = 1000;

/** An archive ("cs", "hep-th", "q-bio") or archive.subject ("cs.CL", "physics.comp-ph"). */
const CATEGORY_NAME = /^[a-z][a-z-]*(?:\.[a-z][a-z-]*)?$/i;

/** The names of a comma-separated option value, or why it is not one. */
export function parseCategoryNames(value: string): { names: string[] } | { error: string } {
  const names = value.split(",").map((name) => name.trim()).filter(Boolean);
  const invalid = names.find((name) => !CATEGORY_NAME.test(name));
  if (names.length === 0) return { error: "--category needs at least one arXiv category, such as cs.CL" };
  if (invalid !== undefined) return { error: `--category: "${invalid}" is not an arXiv category (such as cs.CL) or archive (such as cs)` };
  return { names };
}

function namesOf(categories: unknown): string[] {
  if (typeof categories === "string") return categories.split(/[\s,;]+/);
  if (Array.isArray(categories)) return categories.filter((c): c is string => typeof c === "string");
  return [];
}

/** arXiv writes categories as "cs.CL"; matching ignores case so that "cs.cl" finds them too. */
export function categorySelection(names: readonly string[]): CategorySelection {
  const exact = new Set(names.map((n) => n.toLowerCase()));
  const archives = names.filter((n) => !n.includes(".")).map((n) => n.toLowerCase() + ".");
  const outside = new Map<string, number>();
  return {
    names,
    includes(categories) {
      const found = namesOf(categories).map((name) => name.trim()).filter(Boolean);
      const inside = found.some((name) => {
        const lower = name.toLowerCase();
        return exact.has(lower) || archives.some((archive) => lower.startsWith(archive));
      });
      if (!inside) {
        for (const name of found) if (outside.has(name) || outside.size < MAX_OUTSIDE_NAMES) outside.set(name, (outside.get(name) ?? 0) + 1);
      }
      return inside;
    },
    outsideNames() {
      return [...outside].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    },
  };
}
