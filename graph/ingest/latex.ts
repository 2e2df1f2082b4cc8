import { parse } from "@retorquere/bibtex-parser";

/**
 * The parser renders LaTeX markup (\textbf, \emph) as HTML and accents as combining marks; Paper
 * Atlas keeps plain text, composed ("ö" one character, as typed).
 */
export function plain(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  return value
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .normalize("NFC");
}

/** Characters LaTeX reads as markup that plain-text fields mean as themselves: "50%", "~10x", "R&D". */
const LITERAL = /(?<!\\)([%&#])|(?<!\\)~/g;

/**
 * Text as a reader sees it, by the BibTeX reader's own LaTeX parser: "$\mathcal{V}isi\mathcal{P}runer$"
 * becomes "VisiPruner", 'Schr\"odinger' "Schrödinger", "90$\times$" "90×". Left as it is when
 * the markup does not parse (an unclosed brace or "$").
 */
export function latexToText(text: string): string {
  const escaped = text.replace(LITERAL, (_match, char: string | undefined) => (char ? `\\${char}` : "\\textasciitilde{}"));
  const { entries, errors } = parse(`@misc{x, title={${escaped}}}`, { english: false, caseProtection: false, unsupported: "ignore" });
  const converted = plain(entries[0]?.fields.title);
  return errors.length === 0 && converted !== undefined ? converted : text;
}
