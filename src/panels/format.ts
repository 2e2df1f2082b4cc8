import type { Selection } from "../../graph/schema";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2025-05-22" → "22 May 2025", "2025-05" → "May 2025", keeping the source's precision. */
export function formatDate(date: string | undefined): string {
  if (!date) return "undated";
  const [year, month, day] = date.split("-");
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year ?? date;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** What a build kept of its inputs, for the map's summary: "arXiv cs.CL, dated May 2025 or later". */
export function selectionText(selection: Selection): string {
  const { categories, since, until } = selection;
  const dated =
    since && until ? `dated ${formatDate(since)} to ${formatDate(until)}` : since ? `dated ${formatDate(since)} or later` : until ? `dated ${formatDate(until)} or earlier` : undefined;
  return [categories && `arXiv ${categories.join(", ")}`, dated].filter(Boolean).join(", ");
}

export const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString("en")} ${count === 1 ? one : many}`;

/** Only web links are followed: a data file could carry a `javascript:` URL. */
export function safeUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}
