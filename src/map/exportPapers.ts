import type { PaperDetails } from "../../graph/schema";
import type { Atlas } from "../data/atlas";
import { isPaper } from "../data/atlas";
import type { Scene } from "./scene";

/** A paper the map shows, with what its details file adds. */
export interface ShownPaper {
  title: string;
  date: string;
  authors: string[];
  arxivId: string;
  doi: string;
  url: string;
  cluster: string;
  entities: string[];
}

export const PAPER_COLUMNS = ["title", "date", "authors", "arxiv_id", "doi", "url", "cluster", "entities"] as const;

/**
 * A cell as a spreadsheet must read it: quoted when it holds a separator, a quote or a line
 * break; and a title or name from an abstract that starts like a formula ("=HYPERLINK(...)",
 * "-1 dB", "@home") is kept text by a leading apostrophe, or opening the file would run it.
 */
export function csvCell(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180, with CRLF line ends and a header row. */
export function papersCsv(papers: readonly ShownPaper[]): string {
  const cells = (p: ShownPaper) => [p.title, p.date, p.authors.join("; "), p.arxivId, p.doi, p.url, p.cluster, p.entities.join("; ")];
  const lines = [PAPER_COLUMNS.join(","), ...papers.map((paper) => cells(paper).map(csvCell).join(","))];
  return `${lines.join("\r\n")}\r\n`;
}

/**
 * A field's text as BibTeX reads it: its special characters escaped, so that a title's "50%"
 * or "C#" does not end the line or the entry, and its braces balanced.
 */
export function bibtexText(value: string): string {
  return value
    .replace(/\s+/g, " ")
    .replace(/[\\{}]/g, (c) => (c === "\\" ? "\\textbackslash{}" : `\\${c}`))
    .replace(/[%&$#_]/g, (c) => `\\${c}`)
    .replace(/~/g, "\\textasciitilde{}")
    .replace(/\^/g, "\\textasciicircum{}");
}

/** "vaswani2017attention", as reference managers name entries: first author's last name, year, first word of the title. */
function citationKey(paper: ShownPaper): string {
  const words = (text: string) =>
    text
      .normalize("NFKD")
      .replace(/[^\p{L}\p{N}\s]/gu, "")
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w !== "");
  // A short last name ("He", "Li") is a name still; a title's short words say nothing.
  const author = words(paper.authors[0] ?? "").at(-1) ?? "paper";
  const titleWord = words(paper.title).find((w) => w.length > 3 && !/^(?:with|from|into|over|towards?|via)$/.test(w)) ?? "";
  return `${author}${paper.date.slice(0, 4)}${titleWord}`;
}

/** One @misc entry a paper, as arXiv's own export gives them; keys made unique with a, b, c… */
export function papersBibtex(papers: readonly ShownPaper[]): string {
  const used = new Map<string, number>();
  return papers
    .map((paper) => {
      const base = citationKey(paper);
      const n = used.get(base) ?? 0;
      used.set(base, n + 1);
      const key = n === 0 ? base : `${base}${String.fromCharCode(96 + n)}`;
      const fields: [string, string][] = [["title", `{${bibtexText(paper.title)}}`]];
      if (paper.authors.length > 0) fields.push(["author", paper.authors.map(bibtexText).join(" and ")]);
      if (paper.date) fields.push(["year", paper.date.slice(0, 4)]);
      if (paper.arxivId) fields.push(["eprint", paper.arxivId], ["archivePrefix", "arXiv"]);
      if (paper.doi) fields.push(["doi", bibtexText(paper.doi)]);
      if (paper.url) fields.push(["url", paper.url.replace(/[{}\s]/g, encodeURIComponent)]);
      if (paper.entities.length > 0) fields.push(["keywords", paper.entities.map(bibtexText).join(", ")]);
      return `@misc{${key},\n${fields.map(([name, value]) => `  ${name} = {${value}}`).join(",\n")}\n}\n`;
    })
    .join("\n");
}

/** A paper of the map with its details file's entry, as the exports write it. */
export function shownPaper(atlas: Atlas, key: string, details: PaperDetails): ShownPaper {
  const { graph } = atlas;
  const attributes = graph.getNodeAttributes(key);
  return {
    title: attributes.label,
    date: isPaper(attributes) ? (attributes.date ?? "") : "",
    authors: details.authors ?? [],
    arxivId: details.arxivId ?? "",
    doi: details.doi ?? "",
    url: details.url ?? "",
    cluster: atlas.communities.find((c) => c.id === attributes.community)?.label ?? "",
    entities: details.entities.filter((entity) => graph.hasNode(entity)).map((entity) => graph.getNodeAttribute(entity, "label")),
  };
}

/**
 * The papers the map shows (those that pass the filters, and the selection and trace), in the
 * graph's order, with their details fetched: authors and links live in the details files.
 */
export async function shownPapers(atlas: Atlas, scene: Scene): Promise<ShownPaper[]> {
  const keys = atlas.graph.filterNodes((key, a) => isPaper(a) && (scene.visible === null || scene.visible.has(key) || scene.pinned.has(key)));
  return Promise.all(keys.map(async (key) => shownPaper(atlas, key, await atlas.detailsOf(key))));
}
