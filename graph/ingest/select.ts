import type { Selection } from "../schema.ts";

/**
 * Selecting records by arXiv category, as `--category cs.CL,cs.LG` or by archive, `--category cs`,
 * and by date, `--since 2025 --until 2025-06`: a researcher points the builder at the arXiv
 * metadata snapshot (2.7 million records) to map one field and period, not all of them.
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

const DATE_BOUND = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** An ISO date as precise as wanted ("2025", "2025-06", "2025-06-30"), or why it is not one. */
export function parseDateBound(flag: string, value: string): { date: string } | { error: string } {
  const m = DATE_BOUND.exec(value.trim());
  const month = m?.[2] === undefined ? 1 : Number(m[2]);
  const day = m?.[3] === undefined ? 1 : Number(m[3]);
  if (!m || month < 1 || month > 12 || day < 1 || day > 31) return { error: `${flag} takes a date such as 2025, 2025-06 or 2025-06-30, not "${value}"` };
  return { date: m[0] };
}

/** The first and the last day a date as precise as "2025" or "2025-06" may stand for, comparable as strings. */
function span(date: string): [first: string, last: string] {
  const [year, month, day] = date.split("-");
  return [`${year}-${month ?? "01"}-${day ?? "01"}`, `${year}-${month ?? "12"}-${day ?? "31"}`];
}

/**
 * Whether a record's date falls in [since, until], both inclusive. A date known only to the
 * month or the year counts when that month or year overlaps the range; a record without a date
 * is outside any range.
 */
export function inDateRange(date: string | undefined, since?: string, until?: string): boolean {
  if (since === undefined && until === undefined) return true;
  if (date === undefined) return false;
  const [first, last] = span(date);
  return (since === undefined || last >= span(since)[0]) && (until === undefined || first <= span(until)[1]);
}

/** The selection as the flags that made it: "--category cs.CL --since 2025". */
export function describeSelection(selection: Selection): string {
  return [
    selection.categories && `--category ${selection.categories.join(",")}`,
    selection.since && `--since ${selection.since}`,
    selection.until && `--until ${selection.until}`,
  ]
    .filter(Boolean)
    .join(" ");
}
