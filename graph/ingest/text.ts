import { createHash } from "node:crypto";

/** Collapses runs of whitespace (arXiv titles and abstracts carry hard line breaks). */
export function cleanText(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The identity of a paper across inputs: case, accents, punctuation and spacing do not count. */
export function normaliseTitle(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

export function paperKey(normalisedTitle: string): string {
  return "p:" + createHash("sha1").update(normalisedTitle).digest("hex").slice(0, 12);
}

/** Shortens untrusted text before it goes into an error message. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? JSON.stringify(flat.slice(0, max) + "…") : JSON.stringify(flat);
}
