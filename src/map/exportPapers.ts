import type { Atlas } from "../data/atlas";
import { isPaper } from "../data/atlas";
import type { Scene } from "./scene";

export const PAPER_COLUMNS = ["title", "date", "authors", "arxiv_id", "doi", "url", "cluster", "entities"] as const;

export type PaperRow = Record<(typeof PAPER_COLUMNS)[number], string>;

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
export function papersCsv(rows: readonly PaperRow[]): string {
  const lines = [PAPER_COLUMNS.join(","), ...rows.map((row) => PAPER_COLUMNS.map((column) => csvCell(row[column])).join(","))];
  return `${lines.join("\r\n")}\r\n`;
}

/**
 * The papers the map shows (those that pass the filters, and the selection and trace), in the
 * graph's order, with their details fetched: authors and links live in the details files.
 */
export async function shownPapers(atlas: Atlas, scene: Scene): Promise<PaperRow[]> {
  const { graph } = atlas;
  const clusters = new Map(atlas.communities.map((c) => [c.id, c.label]));
  const keys = graph.filterNodes((key, a) => isPaper(a) && (scene.visible === null || scene.visible.has(key) || scene.pinned.has(key)));
  return Promise.all(
    keys.map(async (key): Promise<PaperRow> => {
      const attributes = graph.getNodeAttributes(key);
      const details = await atlas.detailsOf(key);
      const entities = details.entities.filter((entity) => graph.hasNode(entity)).map((entity) => graph.getNodeAttribute(entity, "label"));
      return {
        title: attributes.label,
        date: isPaper(attributes) ? (attributes.date ?? "") : "",
        authors: (details.authors ?? []).join("; "),
        arxiv_id: details.arxivId ?? "",
        doi: details.doi ?? "",
        url: details.url ?? "",
        cluster: clusters.get(attributes.community) ?? "",
        entities: entities.join("; "),
      };
    }),
  );
}
