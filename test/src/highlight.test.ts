import { describe, expect, it } from "vitest";
import { highlightEntities, type Term } from "../../src/panels/highlight";

const terms: Term[] = [
  { key: "e:mla", forms: ["Multi-head Latent Attention", "MLA"] },
  { key: "e:attention", forms: ["attention"] },
  { key: "e:ask", forms: ["Adaptive Self-improving Knowledge", "ASK"] },
  { key: "e:h100", forms: ["H100"] },
];

const marked = (text: string) =>
  highlightEntities(text, terms)
    .map((segment) => (segment.key ? `[${segment.text}|${segment.key}]` : segment.text))
    .join("");

describe("abstract highlighting", () => {
  it.each([
    ["the longest form wins", "We propose Multi-head Latent Attention (MLA).", "We propose [Multi-head Latent Attention|e:mla] ([MLA|e:mla])."],
    ["case-insensitive for names", "multi-head latent attention and Attention", "[multi-head latent attention|e:mla] and [Attention|e:attention]"],
    ["acronyms only in their own case", "We ask whether ASK helps.", "We ask whether [ASK|e:ask] helps."],
    ["whole words only", "H1000 and attentional, but H100.", "H1000 and attentional, but [H100|e:h100]."],
    ["nothing to mark", "Plain text.", "Plain text."],
    ["regex characters in text are harmless", "a (b) [c] $d^ H100?", "a (b) [c] $d^ [H100|e:h100]?"],
  ])("%s", (_name, text, expected) => {
    expect(marked(text)).toBe(expected);
  });

  it("keeps every character: joined segments are the text", () => {
    const text = "<img src=x onerror=alert(1)> MLA & H100 — “attention”";
    expect(highlightEntities(text, terms).map((s) => s.text).join("")).toBe(text);
  });

  it("handles no terms and empty text", () => {
    expect(highlightEntities("text", [])).toEqual([{ text: "text" }]);
    expect(highlightEntities("", terms)).toEqual([]);
  });
});
