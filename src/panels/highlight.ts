export interface Term {
  key: string;
  /** Every surface form of the entity: its name and aliases. */
  forms: string[];
}

export type Segment = { text: string; key?: undefined } | { text: string; key: string };

/** Acronyms such as "ASK" or "MoE" must match case-exactly, or every "ask" in prose lights up. */
const isAcronym = (form: string) => !/\s/.test(form) && (form.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Splits text into plain runs and mentions of the given entities, preferring
 * the longest form at each position ("multi-head latent attention" over
 * "attention"). Pure text in, text out: the caller renders it as text nodes.
 */
export function highlightEntities(text: string, terms: Term[]): Segment[] {
  const byForm = new Map<string, { key: string; exact: Set<string>; anyCase: boolean }>();
  for (const { key, forms } of terms) {
    for (const form of forms) {
      if (form.trim().length < 2) continue;
      const folded = form.toLowerCase();
      const entry = byForm.get(folded) ?? { key, exact: new Set<string>(), anyCase: false };
      if (isAcronym(form)) entry.exact.add(form);
      else entry.anyCase = true;
      byForm.set(folded, entry);
    }
  }
  if (byForm.size === 0) return text ? [{ text }] : [];

  const alternatives = [...byForm.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "giu");
  const segments: Segment[] = [];
  let cursor = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const found = match[0];
    const entry = byForm.get(found.toLowerCase());
    if (!entry || !(entry.anyCase || entry.exact.has(found))) {
      pattern.lastIndex = match.index + 1;
      continue;
    }
    if (match.index > cursor) segments.push({ text: text.slice(cursor, match.index) });
    segments.push({ text: found, key: entry.key });
    cursor = match.index + found.length;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}
