import { isoDate, monthIndex } from "./dates.ts";
import { emptyResult, tally, toPaperRecord, type ReadResult } from "./record.ts";
import type { CategorySelection } from "./select.ts";

/**
 * Hugging Face paper-listing pages saved as text, in either of two layouts:
 * - compact: "Subscribe" glued to the first title, then title and abstract on alternating lines;
 * - daily: blank-line separated blocks of title, abstract, and an optional footer
 *   ("• N authors" or an organisation, "·", "Mon D[, YYYY] [upvotes]"), after day headers.
 * The pages omit the year for the current year, so a year-less date belongs to the year after
 * the latest explicit year on the page, unless the caller fixes the year.
 */

const PAGE_CHROME = new Set([
  "new",
  "get trending papers in your email inbox once a day!",
  "get trending papers in your email inbox!",
  "subscribe",
  "daily papers",
  "byak and the research community",
  "trending papers",
]);

const AUTHORS_LINE = /^•\s*(\d+)\s+authors?$/;
const FOOTER_DOT = "·";
const DATE_LINE = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:,\s*(\d{4}))?(?:\s+(\d+))?$/;

/** A title is one short line; anything longer is an abstract that lost its title. */
const MAX_TITLE_LINE = 400;

interface Line {
  text: string;
  line: number;
}

interface Footer {
  authorsCount?: number;
  month: number;
  day: number;
  year?: number;
  upvotes?: number;
}

/** True when the text has the furniture of a Hugging Face listing page. */
export function looksLikeHfPage(text: string): boolean {
  const head = text.slice(0, 2000).toLowerCase();
  return head.includes("get trending papers") || head.includes("daily papers") || /\n\s*•\s*\d+\s+authors?\s*\n/.test(text.slice(0, 20000));
}

export function readHfPage(text: string, file: string, options: { year?: number; select?: CategorySelection } = {}): ReadResult {
  const lines: Line[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    let t = raw.trim();
    if (!t) return;
    if (/^subscribe\S/i.test(t)) t = t.slice("subscribe".length);
    if (PAGE_CHROME.has(t.toLowerCase())) return;
    lines.push({ text: t, line: i + 1 });
  });

  // Footers are anchored on their "·" line: the line before names authors or an
  // organisation, the line after carries the date.
  const footerAt = new Map<number, Footer>();
  const consumed = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.text !== FOOTER_DOT) continue;
    const date = lines[i + 1] && DATE_LINE.exec(lines[i + 1]!.text);
    if (!date) continue;
    const footer: Footer = { month: monthIndex(date[1]!)!, day: Number(date[2]) };
    if (date[3]) footer.year = Number(date[3]);
    if (date[4]) footer.upvotes = Number(date[4]);
    consumed.add(i).add(i + 1);
    const before = lines[i - 1];
    const authors = before && AUTHORS_LINE.exec(before.text);
    if (authors) footer.authorsCount = Number(authors[1]);
    if (before && (authors || before.text.length < 120)) {
      consumed.add(i - 1);
      footerAt.set(i - 1, footer);
    } else {
      footerAt.set(i, footer);
    }
  }
  // Day headers ("May 20") stand alone outside footers.
  lines.forEach((l, i) => {
    if (!consumed.has(i) && DATE_LINE.test(l.text) && l.text.length < 20) consumed.add(i);
    if (!consumed.has(i) && AUTHORS_LINE.test(l.text)) consumed.add(i);
  });

  const explicitYears = [...footerAt.values()].map((f) => f.year).filter((y): y is number => y !== undefined);
  const impliedYear = options.year ?? (explicitYears.length ? Math.max(...explicitYears) + 1 : undefined);

  const result = emptyResult();
  let pending: { title: Line; abstract?: Line; index: number } | undefined;

  const flush = (footer?: Footer) => {
    if (!pending) return;
    result.read++;
    const { title, abstract } = pending;
    pending = undefined;
    if (!abstract) {
      result.rejections.push({ file, line: title.line, reason: `title without an abstract: ${JSON.stringify(title.text.slice(0, 80))}` });
      return;
    }
    // A listing page names no categories: with a selection, each of its papers is outside it.
    const record = toPaperRecord({ title: title.text, abstract: abstract.text }, { file, line: title.line }, options.select);
    if (record.ok && footer) {
      const year = footer.year ?? impliedYear;
      if (year !== undefined) record.record.date = isoDate(year, footer.month, footer.day);
      if (footer.authorsCount !== undefined) record.record.authorsCount = footer.authorsCount;
      if (footer.upvotes !== undefined) record.record.upvotes = footer.upvotes;
    }
    tally(result, record, { file, line: title.line });
  };

  for (let i = 0; i < lines.length; i++) {
    const footer = footerAt.get(i);
    if (footer) {
      flush(footer);
      continue;
    }
    if (consumed.has(i)) continue;
    const l = lines[i]!;
    if (!pending) {
      if (l.text.length > MAX_TITLE_LINE) {
        result.read++;
        result.rejections.push({ file, line: l.line, reason: "abstract without a title (the line before it is missing or is not a title)" });
        continue;
      }
      pending = { title: l, index: i };
    } else if (!pending.abstract) {
      pending.abstract = l;
    } else {
      flush();
      i--;
    }
  }
  flush();
  return result;
}
