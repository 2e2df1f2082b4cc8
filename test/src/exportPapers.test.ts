import { describe, expect, it } from "vitest";
import { csvCell, PAPER_COLUMNS, papersCsv, shownPapers } from "../../src/map/exportPapers";
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

  it("csv: a header row, then one row a paper, CRLF-ended", () => {
    const row = Object.fromEntries(PAPER_COLUMNS.map((column) => [column, column === "title" ? "A, B" : ""])) as Record<(typeof PAPER_COLUMNS)[number], string>;
    expect(papersCsv([row]), "csv").toBe(`${PAPER_COLUMNS.join(",")}\r\n"A, B",,,,,,,\r\n`);
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
      authors: "Ada Lovelace; Alan Turing; Grace Hopper",
      arxiv_id: "",
      doi: "",
      url: "https://example.org/p:1",
      cluster: "H100 · Serving",
      entities: "H100; FlashAttention",
    });
    const cluster = await shownPapers(atlas, scene({ community: 0 }));
    expect(cluster.map((row) => row.title), "csv: a cluster picked, its papers only").toEqual(["Fast attention kernels on H100", "Serving large language models on H100 clusters"]);
    // The selection is drawn whatever the filters say, so it is exported with them.
    const pinned = await shownPapers(atlas, scene({ community: 0 }, "p:4"));
    expect(pinned.map((row) => row.title), "csv: and the selection").toEqual(["Fast attention kernels on H100", "Serving large language models on H100 clusters", "Une métrique de cohérence"]);
  });
});
