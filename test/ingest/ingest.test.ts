import { truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_WHOLE_FILE_BYTES, readCorpus } from "../../graph/ingest/index.ts";
import { parseDate } from "../../graph/ingest/dates.ts";
import { cleanText, hasLatex } from "../../graph/ingest/text.ts";
import { latexToText } from "../../graph/ingest/latex.ts";
import { categorySelection, describeSelection, inDateRange, parseCategoryNames, parseDateBound } from "../../graph/ingest/select.ts";
import type { InputSummary } from "../../graph/schema.ts";
import { scratchDir } from "../support/scratch.ts";

const fixture = (name: string) => join("test/fixtures", name);

function expectAccounted(summary: InputSummary, area: string) {
  expect(summary.kept + summary.duplicates + summary.rejected + (summary.outside ?? 0), `${area}: every record read is kept, merged, rejected or outside`).toBe(summary.read);
  for (const f of summary.files) expect(f.kept + f.duplicates + f.rejected + (f.outside ?? 0), `${area}: ${f.file} accounted for`).toBe(f.read);
  expect(summary.rejections.length, `${area}: every rejection has a reason`).toBe(summary.rejected);
}

describe("ingest: the bundled corpus (Hugging Face listing pages, both layouts)", async () => {
  const corpus = await readCorpus(["graph/corpus"]);
  const byTitle = (prefix: string) => corpus.papers.find((p) => p.title.startsWith(prefix));

  it("hf-page: reads every entry and deduplicates by title", () => {
    expect(corpus.summary.files.map((f) => [f.format, f.read, f.kept])).toEqual([
      ["hf-page", 119, 119],
      ["hf-page", 119, 77],
      ["hf-page", 192, 122],
      ["hf-page", 46, 20],
      ["hf-page", 48, 22],
    ]);
    expect(corpus.summary).toMatchObject({ read: 524, kept: 360, duplicates: 164, rejected: 0 });
    expect(new Set(corpus.papers.map((p) => p.key)).size).toBe(360);
    expectAccounted(corpus.summary, "hf-page");
  });

  it.each([
    // [title prefix, date, authors, upvotes]
    ["DrugReasoner:", "2025-08-25", 6, 2],
    ["Boosting Large-scale Parallel Training Efficiency with C4", "2024-06-06", 25, undefined],
    ["Learning Invariant World State Representations", "2022-07-06", 3, undefined],
    // Year-less dates belong to the year after the latest explicit year on their page (2025).
    ["Reasoning as Compression:", "2026-03-09", undefined, 2],
  ])("hf-page: footer metadata of %s", (prefix, date, authors, upvotes) => {
    const paper = byTitle(prefix);
    expect(paper, `hf-page: ${prefix} is read`).toBeDefined();
    expect(paper!.date, `hf-page: date of ${prefix}`).toBe(date);
    expect(paper!.authorsCount, `hf-page: authors of ${prefix}`).toBe(authors);
    expect(paper!.upvotes, `hf-page: upvotes of ${prefix}`).toBe(upvotes);
  });

  it("hf-page: the compact layout loses the 'Subscribe' prefix of its first title", () => {
    expect(byTitle("Understanding and Mitigating Bottlenecks of State Space Models")).toBeDefined();
    expect(corpus.papers.some((p) => p.title.startsWith("Subscribe"))).toBe(false);
  });

  it("hf-page: a paper without footer is kept, without date", () => {
    const paper = byTitle("Identifying and Exploiting Sparse Branch Correlations");
    expect(paper?.date).toBeUndefined();
    expect(paper?.abstract).toMatch(/^Branch prediction is arguably/);
  });

  it("dedup: one title with two different abstracts keeps the longer and every source", () => {
    const sub = byTitle("SUB: Benchmarking CBM Generalization")!;
    expect(sub.sources.map((s) => s.file.split("/").pop()!.slice(0, 4))).toEqual(["000_", "001_", "002_"]);
    expect(sub.abstract.length).toBeGreaterThan(900);
  });

  it("hf-page: --year fixes the year of year-less dates", async () => {
    const fixed = await readCorpus(["graph/corpus/004_f8a9898f41fd7bf5.txt"], { year: 2025 });
    const undated = fixed.papers.filter((p) => p.date?.startsWith("2026"));
    expect(undated).toEqual([]);
    expect(fixed.papers.filter((p) => p.date?.startsWith("2025-03")).length).toBeGreaterThan(0);
  });
});

describe("ingest: record formats", () => {
  const scratch = scratchDir("atlas-formats");
  const scratchPath = (name: string) => join(scratch, name);

  it.each([
    // [file, format, read, kept, duplicates, rejections as "line: reason"]
    ["papers.json", "json", 3, 2, 0, ['11: missing "abstract"']],
    ["wrapped.json", "json", 2, 2, 0, []],
    ["truncated.json", "json", 2, 1, 0, ["3: file ends inside this record (truncated JSON)"]],
    ["papers.csv", "csv", 4, 2, 0, ["5: row has 5 fields, the header has 4", '6: missing "abstract"']],
    ["missing-column.csv", "csv", 1, 0, 0, ['1: header row lacks the column "abstract" (found: title, summary_text, year)']],
    ["papers.bib", "bibtex", 3, 2, 0, ['11: entry "noabstract2023": missing "abstract"']],
    ["mixed.jsonl", "jsonl", 5, 1, 1, [/^2: not valid JSON/, '3: missing "title"', '6: expected an object with "title" and "abstract", found an array']],
    ["arxiv-snapshot.jsonl", "jsonl", 4, 4, 0, []],
    ["arxiv-snapshot-raw.jsonl", "jsonl", 3, 3, 0, []],
    ["empty.txt", "unknown", 1, 0, 0, ["0: empty file: no records"]],
  ] as const)("%s: read as %s, every record accounted for", async (file, format, read, kept, duplicates, rejections) => {
    const { summary } = await readCorpus([fixture(file)]);
    const area = `${format} ${file}`;
    expect(summary.files[0]!.format, `${area}: format`).toBe(format);
    expect([summary.read, summary.kept, summary.duplicates], `${area}: read, kept, duplicates`).toEqual([read, kept, duplicates]);
    const got = summary.rejections.map((r) => `${r.line}: ${r.reason}`);
    expect(got.length, `${area}: rejections ${JSON.stringify(got)}`).toBe(rejections.length);
    rejections.forEach((expected, i) => {
      if (typeof expected === "string") expect(got[i], `${area}: rejection ${i}`).toBe(expected);
      else expect(got[i], `${area}: rejection ${i}`).toMatch(expected);
    });
    expect(summary.rejections.every((r) => r.file === join("test/fixtures", file)), `${area}: rejections name the file`).toBe(true);
    expectAccounted(summary, area);
  });

  it("jsonl: the arXiv snapshot's field names work as they are", async () => {
    const { papers } = await readCorpus([fixture("arxiv-snapshot.jsonl")]);
    expect(papers[0]).toMatchObject({
      title: "Mark My Words: Analyzing and Evaluating Language Model Watermarks",
      arxivId: "2312.00273",
      url: "https://arxiv.org/abs/2312.00273",
      // The id's submission month, not the later update_date.
      date: "2023-12",
      authorsCount: 5,
      categories: ["cs.CR", "cs.AI", "cs.CL"],
    });
  });

  it("jsonl: the snapshot's lines as Kaggle ships them, with nulls, versions and padded text", async () => {
    const { papers } = await readCorpus([fixture("arxiv-snapshot-raw.jsonl")]);
    expect(papers[0]).toMatchObject({
      title: "Calculation of prompt diphoton production cross sections at Tevatron and LHC energies",
      doi: "10.1103/PhysRevD.76.013009",
      // The first version's date, not the update's.
      date: "2007-04-02",
      authorsCount: 4,
    });
    expect(papers[0]!.abstract).toMatch(/^A fully differential calculation in perturbative quantum chromodynamics is presented/);
    expect(papers[1]).toMatchObject({ arxivId: "0704.0002", date: "2007-03-31", authors: ["Ileana Streinu", "Louis Theran"], categories: ["math.CO", "cs.CG"] });
    expect(papers[1], "jsonl: a null doi is no doi").not.toHaveProperty("doi");
    expect(papers[2]).toMatchObject({ title: "A record with every optional field null", date: "2023-10-10", url: "https://arxiv.org/abs/2310.06825" });
  });

  it.each([
    [{ title: null, abstract: "An abstract." }, 'missing "title"'],
    [{ title: "A title", abstract: null }, 'missing "abstract"'],
    [{ title: "A title", abstract: "An abstract.", upvotes: null, authors: null, categories: null, date: null, versions: null }, undefined],
  ])("json: null fields are absent fields: %j", async (record, reason) => {
    const path = scratchPath("nulls.json");
    writeFileSync(path, JSON.stringify([record]));
    const { papers, summary } = await readCorpus([path]);
    if (reason) expect(summary.rejections[0]!.reason).toBe(reason);
    else expect(papers[0]).toEqual({ key: papers[0]!.key, title: "A title", abstract: "An abstract.", sources: [{ file: expect.any(String), line: 1 }] });
  });

  it("csv: quoted fields keep their commas, quotes and line breaks", async () => {
    const { papers } = await readCorpus([fixture("papers.csv")]);
    expect(papers[0]!.title).toBe("KV Cache Compression, Revisited");
    expect(papers[0]!.abstract).toBe('We compress the KV cache of large language models. The method keeps accuracy, "almost" everywhere, on A100 and H100 GPUs.');
    expect(papers[0]!.authors).toEqual(["Grace Hopper", "Edsger Dijkstra"]);
    expect(papers[0]!.sources[0]!.line).toBe(2);
  });

  it("bibtex: LaTeX markup becomes plain text; eprint and month are read", async () => {
    const { papers } = await readCorpus([fixture("papers.bib")]);
    expect(papers[0]).toMatchObject({
      title: "Faster KV Cache Eviction for LLM Serving",
      abstract: "We evict KV cache entries on H100 GPUs, cutting latency by 30%.",
      arxivId: "2403.01234",
      date: "2024-03",
      authors: ["Grace Hopper", "Edsger Dijkstra"],
    });
  });

  it("dedup: titles differing in case and punctuation merge, filling missing metadata", async () => {
    const { papers } = await readCorpus([fixture("mixed.jsonl")]);
    expect(papers).toHaveLength(1);
    expect(papers[0]!.url).toBe("https://example.org/pruning");
    expect(papers[0]!.sources.map((s) => s.line)).toEqual([1, 5]);
  });

  it("dedup: across formats and files, in sorted file order whatever the argument order", async () => {
    const a = await readCorpus([fixture("papers.csv"), fixture("papers.bib"), fixture("papers.json")]);
    const b = await readCorpus([fixture("papers.json"), fixture("papers.csv"), fixture("papers.bib")]);
    expect(a.papers.map((p) => p.key)).toEqual(b.papers.map((p) => p.key));
    expect(a.summary.files.map((f) => f.file)).toEqual(b.summary.files.map((f) => f.file));
  });
});

describe("ingest: broken inputs are reported, never fatal", () => {
  const dir = scratchDir("atlas-ingest");

  it.each([
    ["junk.bin", () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), /^binary data/],
    ["junk.txt", () => Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x00, 0x42, 0x13, 0x37]), /^binary data/],
    ["spaces.jsonl", () => "   \n\n  \n", /^empty file/],
    ["unknown.xyz", () => "just some words\nwith no structure\n", /^unrecognised format/],
  ])("%s is rejected with a reason", async (name, content, reason) => {
    writeFileSync(join(dir, name), content());
    const { summary } = await readCorpus([join(dir, name)]);
    expect(summary.rejected, `junk: ${name} rejected`).toBe(1);
    expect(summary.rejections[0]!.reason).toMatch(reason);
  });

  it("a JSON document too large for one string is a rejection that says what to use instead", async () => {
    const path = join(dir, "huge.json");
    writeFileSync(path, '[{"title": "Huge", "abstract": "A record before a long run of spaces."}' + " ".repeat(70000));
    // Sparse: the file is longer than any string V8 can hold, and takes no room on disk.
    truncateSync(path, MAX_WHOLE_FILE_BYTES + 1);
    const { summary } = await readCorpus([path]);
    expect(summary.rejections[0]!.reason).toBe("500 MB is too large to read as one JSON document: JSON Lines (one record a line) is read as a stream, at any size");
    expectAccounted(summary, "huge json");
  });

  it("a missing file is a rejection, not a crash", async () => {
    const { summary } = await readCorpus([join(dir, "does-not-exist.jsonl")]);
    expect(summary.rejections[0]!.reason).toBe("no such file");
  });

  it("a 10 MB single line is rejected as one bad record", async () => {
    const path = join(dir, "huge.jsonl");
    writeFileSync(path, '{"title": "Huge", "abstract": "' + "x".repeat(10 * 1024 * 1024) + '"}\n{"title":"Fine","abstract":"A normal abstract."}\n');
    const { summary, papers } = await readCorpus([path]);
    expect(papers.map((p) => p.title)).toEqual(["Fine"]);
    expect(summary.rejections[0]).toMatchObject({ line: 1, reason: expect.stringMatching(/^abstract is 10485760 characters long/) });
  });

  it("a 10 MB single line of junk is rejected as not JSON", async () => {
    const path = join(dir, "junk-line.jsonl");
    writeFileSync(path, "{" + "z".repeat(10 * 1024 * 1024) + "\n");
    const { summary } = await readCorpus([path]);
    expect(summary.rejections).toHaveLength(1);
    expect(summary.rejections[0]!.reason).toMatch(/^not valid JSON/);
    expect(summary.rejections[0]!.reason.length).toBeLessThan(200);
  });

  it("an unclosed CSV quote loses only the rest of the file, and says so", async () => {
    const path = join(dir, "unclosed.csv");
    writeFileSync(path, 'title,abstract\nGood Row,A fine abstract.\n"Broken Row,"This quote never closes\n');
    const { summary, papers } = await readCorpus([path]);
    expect(papers.map((p) => p.title)).toEqual(["Good Row"]);
    expect(summary.rejections).toHaveLength(1);
    expect(summary.rejections[0]!.reason).toMatch(/quote/i);
    expectAccounted(summary, "csv unclosed quote");
  });
});

describe("ingest: selecting arXiv categories", () => {
  it.each([
    ["cs.CR cs.AI cs.CL", ["cs.CL"], true, "one of several"],
    ["cs.CR cs.AI cs.CL", ["cs.cl"], true, "case does not matter"],
    ["cs.LG cs.NI", ["cs"], true, "an archive holds its subjects"],
    ["astro-ph.IM astro-ph.CO", ["astro-ph"], true, "archives with a hyphen"],
    ["astro-ph.IM", ["astro"], false, "an archive is a whole name, not a prefix"],
    ["cs.CLX", ["cs.CL"], false, "a category is a whole name"],
    ["cs", ["cs"], true, "an old archive-level category"],
    ["math.AG,cs.LG", ["cs.LG"], true, "comma-separated"],
    [["cs.RO", "cs.CV"], ["cs.CV"], true, "a list"],
    ["physics.comp-ph", ["physics.comp-ph"], true, "subjects with a hyphen"],
    ["cs.LG", ["cs.AI", "stat.ML"], false, "none of those selected"],
    [undefined, ["cs"], false, "no categories field"],
    ["", ["cs"], false, "an empty field"],
    [42, ["cs"], false, "not a name"],
  ] as const)("select: %j in %j is %s (%s)", (field, names, included, why) => {
    expect(categorySelection(names).includes(field), `select: ${why}`).toBe(included);
  });

  it.each([
    ["cs.CL", ["cs.CL"]],
    ["cs.CL, cs.LG", ["cs.CL", "cs.LG"]],
    ["q-bio.NC,cs", ["q-bio.NC", "cs"]],
    ["", 'needs at least one'],
    ["cs.CL,9x", '"9x" is not an arXiv category'],
    ["cs/CL", '"cs/CL" is not an arXiv category'],
  ] as const)("select: --category %j", (value, expected) => {
    const parsed = parseCategoryNames(value);
    if (typeof expected === "string") expect("error" in parsed && parsed.error).toContain(expected);
    else expect(parsed).toEqual({ names: expected });
  });

  it("select: the categories of the records left out, most common first", () => {
    const selection = categorySelection(["cs.CL"]);
    for (const field of ["cs.CV cs.AI", "cs.CV", "cs.CL cs.CV", "cs.RO"]) selection.includes(field);
    expect(selection.outsideNames()).toEqual([["cs.CV", 2], ["cs.AI", 1], ["cs.RO", 1]]);
  });

  it.each([
    [["cs.CL"], 1, 3],
    [["cs"], 4, 0],
    [["astro-ph"], 1, 3],
    [["cs.ai", "cs.RO"], 2, 2],
  ] as const)("jsonl: the arXiv snapshot's records of %j: %i kept, %i outside", async (categories, kept, outside) => {
    const { papers, summary } = await readCorpus([fixture("arxiv-snapshot.jsonl")], { selection: { categories: [...categories] } });
    expect([summary.kept, summary.outside], "select: kept, outside").toEqual([kept, outside]);
    expect(summary.selection).toEqual({ categories });
    expect(papers.every((p) => categorySelection(categories).includes(p.categories))).toBe(true);
    expectAccounted(summary, "select");
  });

  const dir = scratchDir("atlas-select");

  it("select: every format reads its categories, and records without any are outside", async () => {
    writeFileSync(join(dir, "papers.csv"), 'title,abstract,categories\nOne,"An abstract about parsing.",cs.CL\nTwo,"An abstract about varieties.",math.AG\n');
    writeFileSync(join(dir, "papers.bib"), "@article{a, title={Three}, abstract={An abstract about tagging.}, keywords={cs.CL, cs.LG}}\n@article{b, title={Four}, abstract={No keywords here.}}\n");
    const { papers, summary } = await readCorpus([join(dir, "papers.csv"), join(dir, "papers.bib"), fixture("papers.json"), "graph/corpus"], { selection: { categories: ["cs.CL", "cs.CV"] } });
    expect(papers.map((p) => p.title).sort()).toEqual(["One", "Quantized Diffusion on Jetson Orin", "Three"]);
    expect(summary.files.filter((f) => f.format === "hf-page").every((f) => f.outside === f.read && f.kept === 0), "select: listing pages name no categories").toBe(true);
    expect(summary.outside).toBe(summary.files.reduce((n, f) => n + (f.outside ?? 0), 0));
    expectAccounted(summary, "select");
  });

  it("select: an invalid record outside the selection is outside, not rejected; inside, it is rejected", async () => {
    const lines = ['{"title": "In", "categories": "cs.CL"}', '{"abstract": "No title.", "categories": "cs.CL"}', '{"title": "Out", "categories": "math.AG"}', "not json"];
    writeFileSync(join(dir, "mixed.jsonl"), lines.join("\n") + "\n");
    const { summary } = await readCorpus([join(dir, "mixed.jsonl")], { selection: { categories: ["cs.CL"] } });
    expect(summary.rejections.map((r) => `${r.line}: ${r.reason}`)).toEqual(['1: missing "abstract"', '2: missing "title"', expect.stringMatching(/^4: not valid JSON/)]);
    expect([summary.read, summary.kept, summary.rejected, summary.outside]).toEqual([4, 0, 3, 1]);
  });

  it("select: without --category the summary has no such fields, so earlier outputs stay as they were", async () => {
    const { summary } = await readCorpus([fixture("arxiv-snapshot.jsonl")]);
    expect(summary).not.toHaveProperty("outside");
    expect(summary).not.toHaveProperty("selection");
    expect(summary.files[0]).not.toHaveProperty("outside");
  });
});

describe("ingest: selecting dates", () => {
  it.each([
    ["2025-03-14", "2025", undefined, true, "within the year"],
    ["2024-12-31", "2025", undefined, false, "the day before"],
    ["2025-01-01", "2025-01-01", "2025-01-01", true, "both bounds inclusive"],
    ["2024", "2024-06", undefined, true, "a year that overlaps the range"],
    ["2024", undefined, "2023-12", false, "a year after the range"],
    ["2025-06", "2025-06-15", "2025-06-20", true, "a month that holds the range"],
    ["2025-07", undefined, "2025-06", false, "the month after"],
    [undefined, "2020", undefined, false, "no date is outside any range"],
    [undefined, undefined, undefined, true, "no range"],
  ] as const)("dates: %s in [%s, %s] is %s (%s)", (date, since, until, inside, why) => {
    expect(inDateRange(date, since, until), `dates: ${why}`).toBe(inside);
  });

  it.each([
    ["2025", "2025"],
    ["2025-06", "2025-06"],
    [" 2025-06-30 ", "2025-06-30"],
    ["2025-13", undefined],
    ["2025-6", undefined],
    ["June 2025", undefined],
  ] as const)("dates: --since %j", (value, date) => {
    const parsed = parseDateBound("--since", value);
    if (date === undefined) expect("error" in parsed && parsed.error).toContain(`--since takes a date such as 2025`);
    else expect(parsed).toEqual({ date });
  });

  it("dates: of the bundled pages, a later start keeps fewer papers, each dated within the range", async () => {
    const all = await readCorpus(["graph/corpus"]);
    const counts = [];
    for (const since of ["2025", "2025-06", "2025-09"]) {
      const { papers, summary } = await readCorpus(["graph/corpus"], { selection: { since } });
      expect(papers.every((p) => inDateRange(p.date, since)), `dates: since ${since}`).toBe(true);
      expect(summary.outside, `dates: since ${since} leaves some out`).toBeGreaterThan(0);
      expectAccounted(summary, `dates since ${since}`);
      counts.push(papers.length);
    }
    expect(counts[0]).toBeLessThan(all.papers.length);
    expect(counts[1]).toBeLessThan(counts[0]!);
    expect(counts[2]).toBeLessThan(counts[1]!);
  });

  it("dates: with categories, a record must meet both", async () => {
    const { summary } = await readCorpus([fixture("arxiv-snapshot.jsonl")], { selection: { categories: ["cs"], since: "2023-12", until: "2023-12" } });
    expect([summary.kept, summary.outside]).toEqual([4, 0]);
    const later = await readCorpus([fixture("arxiv-snapshot.jsonl")], { selection: { categories: ["cs"], since: "2024" } });
    expect([later.summary.kept, later.summary.outside]).toEqual([0, 4]);
    expect(later.outside?.dates, "dates: the range the records read span, for the error").toEqual(["2023-12", "2023-12"]);
    expect(describeSelection(later.summary.selection!)).toBe("--category cs --since 2024");
  });
});

describe("ingest: LaTeX in titles", () => {
  it.each([
    ["$\\mathcal{V}isi\\mathcal{P}runer$: Decoding Discontinuous Cross-Modal Dynamics", "VisiPruner: Decoding Discontinuous Cross-Modal Dynamics"],
    ["\\textsc{GUI-Spotlight}: Adaptive Iterative Focus Refinement", "GUI-Spotlight: Adaptive Iterative Focus Refinement"],
    ["P-4DGS: Predictive 4D Gaussian Splatting with 90$\\times$ Compression", "P-4DGS: Predictive 4D Gaussian Splatting with 90× Compression"],
    ["Physically Aware 360$^\\circ$ View Generation", "Physically Aware 360° View Generation"],
    ['Schr\\"odinger Bridges and R\\\'enyi Entropy', "Schrödinger Bridges and Rényi Entropy"],
    ["Tensor Parallel Latent Attention for Prefill \\& Decode", "Tensor Parallel Latent Attention for Prefill & Decode"],
    ["$\\lambda$-ECLIPSE at 50% of the cost, R&D #1, ~10x", "λ-ECLIPSE at 50% of the cost, R&D #1, ~10x"],
    ["An unbalanced { brace with \\alpha", "An unbalanced { brace with \\alpha"],
  ])("latex: %j reads %j", (title, text) => {
    expect(hasLatex(title), "latex: noticed").toBe(true);
    expect(latexToText(title)).toBe(text);
  });

  it.each(["A plain title", "50% faster at 10x the batch", "A $5 budget"])("latex: %j has none to read", (title) => {
    expect(hasLatex(title)).toBe(false);
  });

  const dir = scratchDir("atlas-latex");

  it("latex: a title in LaTeX and the same title as plain text are one paper; abstracts stay as written", async () => {
    writeFileSync(join(dir, "arxiv.json"), JSON.stringify([{ title: "$\\lambda$-ECLIPSE: Multi-Concept Personalization", abstract: "We cut costs by 90\\% with \\textsc{ECLIPSE}." }]));
    writeFileSync(join(dir, "hf.csv"), 'title,abstract\n"λ-ECLIPSE: Multi-Concept Personalization","The same paper, as a listing shows it."\n');
    const { papers, summary } = await readCorpus([join(dir, "arxiv.json"), join(dir, "hf.csv")]);
    expect([summary.kept, summary.duplicates]).toEqual([1, 1]);
    expect(papers[0]).toMatchObject({ title: "λ-ECLIPSE: Multi-Concept Personalization", abstract: "We cut costs by 90\\% with \\textsc{ECLIPSE}." });
  });
});

describe("ingest: whitespace", () => {
  it.each([
    ["one two", "one two"],
    ["one  two", "one two"],
    ["one\ntwo", "one two"],
    ["one \u00a0\t two", "one two"],
    ["  line\r\nbroken  ", "line broken"],
    ["\u2028", ""],
  ])("text: %j is cleaned to %j", (raw, clean) => {
    expect(cleanText(raw)).toBe(clean);
  });
});

describe("ingest: dates", () => {
  it.each([
    ["2024-10-11", "2024-10-11"],
    ["2024-10", "2024-10"],
    ["2024", "2024"],
    ["2024-10-11T08:00:00Z", "2024-10-11"],
    ["Dec 1, 2023", "2023-12-01"],
    ["1 December 2023", "2023-12-01"],
    ["Mon, 2 Apr 2007 19:18:42 GMT", "2007-04-02"],
    ["March 2025", "2025-03"],
    ["yesterday", undefined],
    ["2024-13-01", undefined],
  ])("dates: %s -> %s", (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });
});
