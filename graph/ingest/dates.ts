const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

const pad = (n: number) => String(n).padStart(2, "0");

export function monthIndex(name: string): number | undefined {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i < 0 ? undefined : i + 1;
}

export function isoDate(year: number, month?: number, day?: number): string {
  if (month === undefined) return String(year);
  if (day === undefined) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function plausibleYear(y: number): boolean {
  return y >= 1900 && y <= 2200;
}

/**
 * Reads the date shapes found in paper metadata: ISO ("2024-10-11", "2024-10",
 * "2024-10-11T08:00:00Z"), a bare year, "Dec 1, 2023", "1 Dec 2023" and RFC 2822
 * ("Mon, 2 Apr 2007 19:18:42 GMT"). Returns an ISO date as precise as the input,
 * or undefined when the value is not a date.
 */
export function parseDate(value: unknown): string | undefined {
  if (typeof value === "number") return Number.isInteger(value) && plausibleYear(value) ? String(value) : undefined;
  if (typeof value !== "string") return undefined;
  const s = value.trim();
  let m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?$/.exec(s);
  if (m) {
    const year = Number(m[1]);
    const month = m[2] === undefined ? undefined : Number(m[2]);
    const day = m[3] === undefined ? undefined : Number(m[3]);
    if (!plausibleYear(year) || (month !== undefined && (month < 1 || month > 12))) return undefined;
    if (day !== undefined && (day < 1 || day > 31)) return undefined;
    return isoDate(year, month, day);
  }
  m = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})\b/.exec(s);
  if (m) {
    const month = monthIndex(m[2]!);
    const year = Number(m[3]);
    return month && plausibleYear(year) ? isoDate(year, month, Number(m[1])) : undefined;
  }
  m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(s);
  if (m) {
    const month = monthIndex(m[1]!);
    const year = Number(m[3]);
    return month && plausibleYear(year) ? isoDate(year, month, Number(m[2])) : undefined;
  }
  m = /^([A-Za-z]{3,9})\.?\s+(\d{4})$/.exec(s);
  if (m) {
    const month = monthIndex(m[1]!);
    const year = Number(m[2]);
    return month && plausibleYear(year) ? isoDate(year, month) : undefined;
  }
  return undefined;
}

/** New-style arXiv ids encode the submission month: 2312.00273 was submitted in December 2023. */
export function dateFromArxivId(id: string): string | undefined {
  const m = /^(?:arxiv:)?(\d{2})(\d{2})\.\d{4,5}(?:v\d+)?$/i.exec(id.trim());
  if (!m) return undefined;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? isoDate(2000 + Number(m[1]), month) : undefined;
}

/** Orders ISO dates of mixed precision; "2024" sorts before "2024-01". */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
