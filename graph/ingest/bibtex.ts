import { parse } from "@retorquere/bibtex-parser";
import { isoDate, monthIndex } from "./dates.ts";
import { plain } from "./latex.ts";
import { emptyResult, tally, toPaperRecord, type ReadResult } from "./record.ts";
import type { CategorySelection } from "./select.ts";

type Creator = { firstName?: string; lastName?: string; name?: string };

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function bibDate(year: string | undefined, month: string | undefined): string | undefined {
  if (!year || !/^\d{4}$/.test(year.trim())) return year;
  const m = month === undefined ? undefined : /^\d{1,2}$/.test(month.trim()) ? Number(month) : monthIndex(month.trim());
  return isoDate(Number(year), m !== undefined && m >= 1 && m <= 12 ? m : undefined);
}

/** BibTeX entries with an `abstract` field; entries without one are rejected, not skipped. */
export function readBibtex(text: string, file: string, select?: CategorySelection): ReadResult {
  const result = emptyResult();
  const parsed = parse(text, { english: false, caseProtection: false, unsupported: "ignore" });
  let searchFrom = 0;
  const locate = (input: string): number => {
    if (!input) return 0;
    const at = text.indexOf(input, searchFrom);
    if (at < 0) return 0;
    searchFrom = at + input.length;
    return lineOf(text, at);
  };
  const broken = new Set(parsed.errors.map((e) => e.input).filter(Boolean));
  for (const entry of parsed.entries) {
    if (broken.has(entry.input) || !entry.input) continue;
    result.read++;
    const line = locate(entry.input);
    const f = entry.fields as Record<string, unknown>;
    const authors = (f.author as Creator[] | undefined)?.map((a) => a.name ?? [a.firstName, a.lastName].filter(Boolean).join(" "));
    const eprint = plain(f.eprint);
    const isArxiv = /arxiv/i.test(String(f.archiveprefix ?? f.eprinttype ?? "")) || /^\d{4}\.\d{4,5}/.test(eprint ?? "");
    const month = plain(f.month);
    const year = plain(f.year);
    const r = toPaperRecord(
      {
        title: plain(f.title) ?? "",
        abstract: plain(f.abstract),
        authors,
        date: plain(f.date) ?? bibDate(year, month),
        doi: plain(f.doi),
        url: plain(f.url),
        arxiv_id: isArxiv ? eprint : undefined,
        // The parser splits keywords into a list already.
        categories: Array.isArray(f.keywords) ? f.keywords.map(plain).filter((k): k is string => k !== undefined) : plain(f.keywords),
      },
      { file, line },
      select,
    );
    tally(result, r, { file, line }, (reason) => `entry "${entry.key}": ${reason}`);
  }
  for (const error of parsed.errors) {
    result.read++;
    const m = /at line (\d+)/.exec(error.error);
    const line = m ? Number(m[1]) : locate(error.input ?? "");
    result.rejections.push({ file, line, reason: `malformed BibTeX: ${error.error.replace(/\s+/g, " ").slice(0, 160)}` });
  }
  result.rejections.sort((a, b) => a.line - b.line);
  return result;
}
