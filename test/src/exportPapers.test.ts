import { describe, expect, it } from "vitest";
import { bibtexText, csvCell, PAPER_COLUMNS, papersBibtex, papersCsv, shownPapers, type ShownPaper } from "../../src/map/exportPapers";
import { sceneOf } from "../../src/map/scene";
import { visibleNodes } from "../../src/state/filters";
import { DEFAULT_FILTERS, INITIAL_VIEW } from "../../src/state/view";
import { fixtureAtlas } from "./support/fixture";

describe("papers as CSV", () => {
  it.each([
    ["plain text stays as it is", "Fast attention kernels", "Fast attention kernels"],
    ["a comma is quoted", "Attention, please", '"Attention, please"'],
    ["a quote is doubled inside quotes", 'The "Mamba" model', '"The ""Mamba"" model"'],
    ["a line break is quoted", "line one\nline two", '"line one\nline two"'],
    ["a formula is kept text", "=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""],
    ["so are a leading plus, minus and at sign", "-1 dB", "'-1 dB"],
    ["an at sign", "@home", "'@home"],
    ["a leading tab", "\tindented", "'\tindented"],
    ["an empty cell", "", ""],
  ])("csv: %s", (_name, value, cell) => {
    expect(csvCell(value), "csv").toBe(cell);
  });

  const paper = (change: Partial<ShownPaper>): ShownPaper => ({ title: "", date: "", authors: [], arxivId: "", doi: "", url: "", cluster: "", entities: [], ...change });

  it("csv: a header row, then one row a paper, CRLF-ended", () => {
    expect(papersCsv([paper({ title: "A, B", authors: ["Ada Lovelace", "Alan Turing"] })]), "csv").toBe(`${PAPER_COLUMNS.join(",")}\r\n"A, B",,Ada Lovelace; Alan Turing,,,,,\r\n`);
  });

  it.each([
    ["plain text", "Attention Is All You Need", "Attention Is All You Need"],
    ["a percent sign would start a comment", "50% fewer FLOPs", "50\\% fewer FLOPs"],
    ["braces, ampersands, dollars, hashes, underscores", "{C#} & $x_1$", "\\{C\\#\\} \\& \\$x\\_1\\$"],
    ["a backslash, a tilde and a caret", "a\\b ~ c^2", "a\\textbackslash{}b \\textasciitilde{} c\\textasciicircum{}2"],
    ["line breaks fold into spaces", "one\ntwo", "one two"],
  ])("bibtex: %s", (_name, value, text) => {
    expect(bibtexText(value), "bibtex").toBe(text);
  });

  it("bibtex: one @misc entry a paper, keyed by first author, year and title word, keys kept unique", () => {
    const vaswani = paper({ title: "Attention Is All You Need", date: "2017-06-12", authors: ["Ashish Vaswani", "Noam Shazeer"], arxivId: "1706.03762", url: "https://arxiv.org/abs/1706.03762", entities: ["Transformer", "attention"] });
    const bib = papersBibtex([vaswani, { ...vaswani, arxivId: "", url: "", entities: [] }, paper({ title: "Untitled 50%" }), paper({ title: "Deep Residual Learning", date: "2015", authors: ["Kaiming He"] })]);
    expect(bib, "bibtex").toBe(
      [
        "@misc{vaswani2017attention,",
        "  title = {{Attention Is All You Need}},",
        "  author = {Ashish Vaswani and Noam Shazeer},",
        "  year = {2017},",
        "  eprint = {1706.03762},",
        "  archivePrefix = {arXiv},",
        "  url = {https://arxiv.org/abs/1706.03762},",
        "  keywords = {Transformer, attention}",
        "}",
        "",
        "@misc{vaswani2017attentiona,",
        "  title = {{Attention Is All You Need}},",
        "  author = {Ashish Vaswani and Noam Shazeer},",
        "  year = {2017}",
        "}",
        "",
        "@misc{paperuntitled,",
        "  title = {{Untitled 50\\%}}",
        "}",
        "",
        "@misc{he2015deep,",
        "  title = {{Deep Residual Learning}},",
        "  author = {Kaiming He},",
        "  year = {2015}",
        "}",
        "",
      ].join("\n"),
    );
  });

  it("csv: the papers the map shows, with their details, cluster and entities", async () => {
    const atlas = fixtureAtlas();
    const { graph } = atlas;
    const scene = (change: Partial<typeof DEFAULT_FILTERS>, selected: string | null = null) =>
      sceneOf(graph, { ...INITIAL_VIEW, selected }, visibleNodes(graph, { ...DEFAULT_FILTERS, ...change }), null);
    const all = await shownPapers(atlas, scene({}));
    expect(all.map((row) => row.title), "csv: every paper, in the graph's order").toEqual(["Fast attention kernels on H100", "Serving large language models on H100 clusters", "Long-context LLMs with FlashAttention", "Une métrique de cohérence"]);
    expect(all[0], "csv: the first paper's row").toEqual({
      title: "Fast attention kernels on H100",
      date: "2023-01-10",
      authors: ["Ada Lovelace", "Alan Turing", "Grace Hopper"],
      arxivId: "",
      doi: "",
      url: "https://example.org/p:1",
      cluster: "H100 · Serving",
      entities: ["H100", "FlashAttention"],
    });
    const cluster = await shownPapers(atlas, scene({ community: 0 }));
    expect(cluster.map((row) => row.title), "csv: a cluster picked, its papers only").toEqual(["Fast attention kernels on H100", "Serving large language models on H100 clusters"]);
    // The selection is drawn whatever the filters say, so it is exported with them.
    const pinned = await shownPapers(atlas, scene({ community: 0 }, "p:4"));
    expect(pinned.map((row) => row.title), "csv: and the selection").toEqual(["Fast attention kernels on H100", "Serving large language models on H100 clusters", "Une métrique de cohérence"]);
  });
});
