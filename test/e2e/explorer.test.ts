import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, CHROMIUM, CHROMIUM_ARGS, siteWithData } from "../../graph/bench/site";
import { serveStatic, type StaticServer } from "../../graph/bench/static-server";
import type { Atlas, EntityAttributes } from "../../src/data/atlas";
import { bibtexText } from "../../src/map/exportPapers";
import type { Overview } from "../../src/data/overview";
import { openOf } from "../../src/state/url";
import { corpusLinks, traceCorpus } from "../../src/trace/corpusTrace";
import { tracePath } from "../../src/trace/path";
import { builtDataDir, realAtlas, realOverview } from "../src/support/atlas-data";

const hasBrowser = existsSync(CHROMIUM);
const browserRequired = process.env.ATLAS_REQUIRE_BROWSER === "1";
const SHOTS = join(resolve(import.meta.dirname, "../.."), "test-results");

if (!hasBrowser && !browserRequired) {
  console.warn(`explorer e2e: skipped, ${CHROMIUM} is missing (apt-get install chromium; set ATLAS_REQUIRE_BROWSER=1 to make this a failure)`);
}

/** The records of a CSV file (RFC 4180: quoted fields, doubled quotes, CRLF), each a list of fields. */
function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let [record, field, quoted] = [[] as string[], "", false];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') [field, i] = [field + '"', i + 1];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") [record, field] = [[...record, field], ""];
    else if (c === "\r" && text[i + 1] === "\n") {
      records.push([...record, field]);
      [record, field, i] = [[], "", i + 1];
    } else field += c;
  }
  return records;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The entity the scenario opens. The bundled corpus names the H100 GPU in several papers: an extractor that misses it is broken. */
function h100(atlas: Atlas): string {
  const { graph } = atlas;
  const found = graph.findNode((_key, a) => a.kind === "entity" && a.label === "H100");
  if (!found) throw new Error("the bundled corpus's graph has no entity labelled H100: the extractor no longer finds the H100 GPU");
  const attributes = graph.getNodeAttributes(found);
  if (attributes.kind !== "entity" || attributes.type !== "hardware") throw new Error(`H100 is typed ${attributes.kind === "entity" ? attributes.type : "paper"}, not hardware`);
  return found;
}

/** Two well-connected entities at least two hops apart, so the trace goes through something. */
function pickTraceEnds(atlas: Atlas): [string, string] {
  const { graph } = atlas;
  const hubs = graph.filterNodes((_key, a) => a.kind === "entity").sort((a, b) => graph.degree(b) - graph.degree(a)).slice(0, 30);
  for (const [i, a] of hubs.entries()) {
    for (const b of hubs.slice(i + 1)) {
      const path = tracePath(graph, a, b);
      if (path && path.hops.length >= 2) return [a, b];
    }
  }
  throw new Error("no two connected entities in the graph: is the extractor finding anything?");
}

describe.skipIf(!hasBrowser && !browserRequired)("explorer in Chromium (built site on a plain static host)", () => {
  let atlas: Atlas;
  let root: string;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  const watch = (target: Page) => {
    target.on("console", (message) => {
      if (message.type() === "error") problems.push(`console error: ${message.text()}`);
    });
    target.on("pageerror", (error) => problems.push(`page error: ${error.message} ${error.stack}`));
    target.on("requestfailed", (request) => {
      // Leaving a page cancels what it was still fetching (the favicon, typically): no failure of the page's.
      const reason = request.failure()?.errorText ?? "";
      if (reason !== "net::ERR_ABORTED") problems.push(`request failed: ${request.url()} ${reason}`);
    });
  };
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `explorer-${name}.png`) });
  const details = () => page.getByRole("complementary", { name: "Details" });
  const heading = () => details().getByRole("heading", { level: 2 }).last();
  const papersOfEntity = () => details().getByRole("region", { name: /Papers that mention it/ }).getByRole("button");
  /** Lets sigma draw the frames after a camera move and the cluster labels settle before a picture. */
  const settle = (ms = 800) => page.waitForTimeout(ms);

  /**
   * Where the hover layer is inked, in CSS pixels of the map: it holds the cards of the highlighted
   * nodes alone, a disc round each node and its label beside it. `pixels` is 0 when it is blank.
   */
  const hoverLayerInk = (target: Page) =>
    target.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>("canvas.sigma-hovers")!;
      const { data, width, height } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
      let [left, right, top, bottom, pixels] = [width, 0, height, 0, 0];
      for (let y = 0; y < height; y++)
        for (let x = 0; x < width; x++)
          if (data[4 * (y * width + x) + 3]! > 250) {
            [left, right, top, bottom] = [Math.min(left, x), Math.max(right, x), Math.min(top, y), Math.max(bottom, y)];
            pixels++;
          }
      const scale = canvas.width / canvas.getBoundingClientRect().width;
      return { pixels, left: left / scale, width: (right - left) / scale, top: top / scale, height: (bottom - top) / scale };
    });

  /** Types into the search box as a user would: "/" to focus it, the query, Enter for the top suggestion. */
  async function choose(query: string, expected?: RegExp) {
    await page.keyboard.press("/");
    const search = page.getByRole("searchbox", { name: "Search" });
    await expect.poll(() => search.evaluate((element) => element === document.activeElement)).toBe(true);
    await search.fill(query);
    const top = page.getByRole("option").first();
    await top.waitFor();
    if (expected) expect(await top.textContent()).toMatch(expected);
    await page.keyboard.press("Enter");
  }

  async function waitForMap(url: string) {
    await page.goto(url);
    await page.locator(".sigma-container canvas").first().waitFor();
    await expect.poll(() => page.getByText(/Loading the atlas|Opening the cluster/).count()).toBe(0);
  }

  async function download(button: string): Promise<Buffer> {
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
    return readFile((await file.path())!);
  }

  /**
   * How far the PNG export is from what the screen shows of the map, in shares of pixels that
   * differ clearly (by more than 64 in a channel) from the export's at that place and each next to
   * it, as text placed a fraction of a pixel apart does: over the whole map but the panels over
   * it, and over each cluster name written on it as text.
   */
  async function exportAgainstScreen(): Promise<{ size: string; map: number; names: number[] }> {
    await page.mouse.move(0, 0);
    await settle(300);
    const screen = await page.locator(".sigma-container").first().screenshot();
    const exported = await download("PNG");
    return page.evaluate(
      async ([screenPng, exportedPng]) => {
        const pixels = async (png: string) => {
          const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
          const canvas = new OffscreenCanvas(image.width, image.height);
          const context = canvas.getContext("2d")!;
          context.drawImage(image, 0, 0);
          return context.getImageData(0, 0, image.width, image.height);
        };
        const [a, b] = await Promise.all([pixels(screenPng), pixels(exportedPng)]);
        const container = document.querySelector(".sigma-container")!;
        const origin = container.getBoundingClientRect();
        const relative = (element: Element) => {
          const r = element.getBoundingClientRect();
          return { left: Math.round(r.left - origin.left), top: Math.round(r.top - origin.top), right: Math.round(r.right - origin.left), bottom: Math.round(r.bottom - origin.top) };
        };
        type Box = ReturnType<typeof relative>;
        const panels = [...document.querySelectorAll("main.map [data-map-overlay]")].map(relative);
        const names = [...container.parentElement!.querySelectorAll<HTMLElement>("[data-map-text]")].filter((name) => getComputedStyle(name).visibility === "visible").map(relative);
        const differing = (box: Box, skip: Box[]) => {
          let [count, all] = [0, 0];
          for (let y = Math.max(0, box.top); y < Math.min(a.height, box.bottom); y++) {
            for (let x = Math.max(0, box.left); x < Math.min(a.width, box.right); x++) {
              if (skip.some((s) => x >= s.left && x < s.right && y >= s.top && y < s.bottom)) continue;
              all++;
              const i = 4 * (y * a.width + x);
              const near = (dx: number, dy: number) => {
                const j = 4 * (Math.min(a.height - 1, Math.max(0, y + dy)) * a.width + Math.min(a.width - 1, Math.max(0, x + dx)));
                return [0, 1, 2].every((c) => Math.abs(a.data[i + c]! - b.data[j + c]!) <= 64);
              };
              if (![-1, 0, 1].some((dy) => [-1, 0, 1].some((dx) => near(dx, dy)))) count++;
            }
          }
          return all ? count / all : 0;
        };
        return {
          size: `${b.width}x${b.height} of ${a.width}x${a.height}`,
          map: differing({ left: 0, top: 0, right: a.width, bottom: a.height }, panels),
          names: names.map((box) => differing(box, [])),
        };
      },
      [screen.toString("base64"), exported.toString("base64")],
    );
  }

  beforeAll(async () => {
    if (!hasBrowser) throw new Error(`ATLAS_REQUIRE_BROWSER=1 but ${CHROMIUM} is missing: install Debian's chromium package`);
    root = await mkdtemp(join(tmpdir(), "paper-atlas-site-"));
    const app = join(root, "app");
    const [full, overview, loaded] = await Promise.all([builtDataDir("full"), builtDataDir("overview"), realAtlas(), buildApp(app)]);
    atlas = loaded;
    // Sites under sub-paths, as on any static host: relative URLs must hold.
    await Promise.all([siteWithData(app, join(root, "full"), full), siteWithData(app, join(root, "overview"), overview), siteWithData(app, join(root, "empty"), null)]);
    server = await serveStatic(root);
    await mkdir(SHOTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    watch(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  describe("the whole graph", () => {
    it("opens on the map once the data is loaded, coloured by cluster, with a legend of clusters", async () => {
      await waitForMap(`${server.url}full/`);
      await expect.poll(() => heading().textContent()).toBe("Paper Atlas");
      const legend = page.getByRole("region", { name: "Legend" });
      expect(await legend.getByRole("radio", { name: "Cluster" }).getAttribute("aria-checked")).toBe("true");
      const biggest = [...atlas.communities].filter((c) => !c.unclustered).sort((a, b) => b.size - a.size)[0]!;
      expect(await legend.getByRole("list").getByRole("button").first().textContent()).toContain(biggest.label.split(" · ")[0]);
      await settle();
      await shot("1-map");
    });

    it("exports the map as PNG as it is on screen, cluster names and all", async () => {
      const { size, map, names } = await exportAgainstScreen();
      expect(size, "export: the PNG's size, of the map's").toMatch(/^(\d+x\d+) of \1$/);
      expect(names.length, "export: cluster names on screen").toBeGreaterThan(2);
      expect(Math.max(...names), `export: share of each cluster name's pixels that differ (${names.map((n) => n.toFixed(3)).join(", ")})`).toBeLessThan(0.02);
      // The exporter of sigma's own draws neither the names (0.13 to 0.24 of their pixels differ) nor
      // the labels clear of them (0.016 of the map's).
      expect(map, "export: share of the map's pixels that differ").toBeLessThan(0.002);
    });

    it("switches to colour by type, with a legend of types, kept in the link", async () => {
      const legend = page.getByRole("region", { name: "Legend" });
      await legend.getByRole("radio", { name: "Type" }).click();
      expect(await legend.getByRole("radio", { name: "Type" }).getAttribute("aria-checked")).toBe("true");
      await expect.poll(() => page.url()).toContain("color=type");
      const items = await legend.getByRole("listitem").allTextContents();
      expect(items.some((item) => item.startsWith("Hardware"))).toBe(true);
      expect(items.some((item) => item.startsWith("Papers"))).toBe(true);
      await settle(300);
      await shot("2-by-type");
      await legend.getByRole("radio", { name: "Cluster" }).click();
      await expect.poll(() => page.url()).not.toContain("color=");
    });

    it("search finds H100, Enter opens it, and the panel lists its papers", async () => {
      const entity = h100(atlas);
      await choose("H100", /^H100.*Hardware$/);
      await expect.poll(() => heading().textContent()).toBe("H100");
      expect(await details().locator(".kicker").first().textContent()).toContain("Hardware");
      const { paperCount } = atlas.graph.getNodeAttributes(entity) as EntityAttributes;
      expect(paperCount).toBeGreaterThan(1);
      expect(await papersOfEntity().count()).toBe(Math.min(paperCount, 12));
      expect(page.url()).toContain(`node=${encodeURIComponent(entity)}`);
      // Beside the map, the details need no pointer to them.
      expect(await page.locator(".map-peek").isVisible(), "wide screen: no peek over the map").toBe(false);
      await settle();
      await shot("3-h100");
    });

    it("clicking one of its papers opens the paper with its abstract, entities highlighted", async () => {
      const first = papersOfEntity().first();
      const title = (await first.textContent())!;
      await first.click();
      await expect.poll(() => heading().textContent()).toBe(title);
      await expect.poll(() => details().locator(".abstract").textContent()).not.toMatch(/Loading/);
      expect(await details().locator(".abstract .mention").count()).toBeGreaterThan(0);
      expect(await details().locator(".abstract").getByText("H100", { exact: false }).count()).toBeGreaterThan(0);
      // Its BibTeX, a click away, for a reference manager.
      await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(server.url).origin });
      await details().getByRole("button", { name: "Copy BibTeX" }).click();
      await expect.poll(() => details().getByRole("button", { name: "BibTeX copied ✓" }).count(), { message: "paper: BibTeX copied" }).toBe(1);
      const bibtex = await page.evaluate(() => navigator.clipboard.readText());
      expect(bibtex, "paper: its BibTeX entry").toMatch(new RegExp(`^@misc\\{[a-z0-9]+,\n  title = \\{\\{${escapeRegExp(bibtexText(title))}\\}\\},\n`));
      expect(bibtex, "paper: its entities as keywords").toContain("H100");
      await settle();
      await shot("4-paper");
    });

    it("a type filter hides nodes through the reducers and lives in the link", async () => {
      const status = details().page().getByRole("complementary", { name: "Filters" }).getByRole("status");
      const before = await status.textContent();
      await page.getByRole("checkbox", { name: /Papers/ }).uncheck();
      await expect.poll(() => status.textContent()).not.toBe(before);
      expect(await status.textContent()).toBe(`${(atlas.graph.order - atlas.stats.papers).toLocaleString("en")} of ${atlas.graph.order.toLocaleString("en")} nodes`);
      await expect.poll(() => page.url()).toContain("hide=paper");
      await page.getByRole("button", { name: "Reset filters" }).click();
      await expect.poll(() => page.url()).not.toContain("hide=");
    });

    it("a cluster picked in the legend fills the map and the panel says what it is about; All clusters brings the whole map back", async () => {
      await page.keyboard.press("Escape");
      await expect.poll(() => heading().textContent()).toBe("Paper Atlas");
      /** The camera's zoom as the link has it: 1 shows the whole map. */
      const ratio = () => Number(new URLSearchParams(new URL(page.url()).hash.slice(1)).get("cam")?.split(",")[2] ?? 1);
      await page.getByRole("button", { name: "Fit the whole map" }).click();
      await expect.poll(ratio, { message: "cluster: the whole map before" }).toBeGreaterThan(0.95);
      const biggest = [...atlas.communities].filter((c) => !c.unclustered).sort((a, b) => b.size - a.size)[0]!;
      await page.getByRole("region", { name: "Legend" }).getByRole("list").getByRole("button").first().click();
      await expect.poll(() => heading().textContent()).toBe(biggest.label);
      const summary = details().getByRole("region", { name: "Most mentioned by its papers" });
      expect(await summary.getByRole("button").count(), "cluster: its most mentioned entities").toBeGreaterThan(3);
      expect(await details().getByRole("region", { name: "Its most connected papers" }).getByRole("button").count(), "cluster: its papers").toBeGreaterThan(3);
      await expect.poll(ratio, { message: "cluster: the camera closes in on it" }).toBeLessThan(0.8);
      const [, ...papers] = csvRecords((await download("CSV")).toString());
      expect(papers.length, "cluster: the CSV holds its papers").toBe(biggest.papers);
      expect(new Set(papers.map((row) => row[6])), "cluster: all of them in it").toEqual(new Set([biggest.label]));
      await settle();
      await shot("5-cluster");
      await details().getByRole("button", { name: "← All clusters" }).click();
      await expect.poll(() => heading().textContent()).toBe("Paper Atlas");
      await expect.poll(ratio, { message: "cluster: the whole map again" }).toBeGreaterThan(0.95);
    });

    it("traces the path between two entities, hop by hop, with reasons", async () => {
      const [from, to] = pickTraceEnds(atlas);
      const expected = tracePath(atlas.graph, from, to)!;
      await choose(atlas.graph.getNodeAttribute(from, "label"));
      await expect.poll(() => heading().textContent()).toBe(atlas.graph.getNodeAttribute(from, "label"));
      await details().getByRole("button", { name: "Trace from here" }).click();
      await page.getByText("Click a node or search for it to end the trace").waitFor();
      await choose(atlas.graph.getNodeAttribute(to, "label"));
      const stops = details().getByRole("list", { name: "Path" }).locator(":scope > li");
      await expect.poll(() => stops.count()).toBe(expected.nodes.length);
      expect(await details().locator(".hop-reasons li").count()).toBeGreaterThanOrEqual(expected.hops.length);
      expect(await details().locator(".hop-reasons li").first().textContent()).toMatch(/mentions|share|cites|appear together/);
      expect(page.url()).toMatch(/from=.*&to=/);
      await settle();
      await shot("5-trace");
    });

    it("a reload of the link restores the same selection, trace and camera", async () => {
      await expect.poll(() => page.url()).toContain("cam=");
      const link = page.url();
      const selected = await heading().textContent();
      const stops = await details().getByRole("list", { name: "Path" }).locator(":scope > li").allTextContents();
      await page.goto("about:blank");
      await waitForMap(link);
      await expect.poll(() => heading().textContent()).toBe(selected);
      expect(await details().getByRole("list", { name: "Path" }).locator(":scope > li").allTextContents()).toEqual(stops);
      await settle();
      expect(page.url()).toBe(link);
      await shot("6-reloaded");
    });

    it("a link to the trace without its camera shows the whole path, framed as when it was traced", async () => {
      const link = new URL(page.url());
      const traced = new URLSearchParams(link.hash.slice(1));
      const cut = new URLSearchParams(traced);
      cut.delete("cam");
      await page.goto("about:blank");
      await waitForMap(`${link.origin}${link.pathname}#${cut}`);
      await expect.poll(() => new URLSearchParams(new URL(page.url()).hash.slice(1)).get("cam"), { message: "trace link: the camera settled on", timeout: 5000 }).toBe(traced.get("cam"));
      await page.goto("about:blank");
      await waitForMap(link.href);
    });

    it("exports the current view as PNG and the visible subgraph as GEXF", async () => {
      const png = await download("PNG");
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect(png.length).toBeGreaterThan(10_000);
      // The traced path's cards, and the labels kept clear of them, as on screen.
      const { map } = await exportAgainstScreen();
      expect(map, "export: share of the traced map's pixels that differ").toBeLessThan(0.002);
      const gexf = (await download("GEXF")).toString();
      expect(gexf).toContain("<gexf");
      expect([...gexf.matchAll(/<node /g)].length).toBe(atlas.graph.order);
      const [header, ...papers] = csvRecords((await download("CSV")).toString());
      expect(header, "export: the CSV's columns").toEqual(["title", "date", "authors", "arxiv_id", "doi", "url", "cluster", "entities"]);
      expect(papers.map(([title]) => title).sort(), "export: every paper in the CSV").toEqual(atlas.graph.filterNodes((_key, a) => a.kind === "paper").map((key) => atlas.graph.getNodeAttribute(key, "label")).sort());
      // The bundled pages name no authors nor links; each paper has its cluster and, nearly all, entities.
      expect(papers.filter((row) => row[6] === "").length, "export: papers without a cluster").toBe(0);
      expect(papers.filter((row) => row[7] !== "").length, "export: papers with entities").toBeGreaterThan(0.9 * papers.length);
      const keys = [...(await download("BIB")).toString().matchAll(/^@misc\{([^,]+),$/gm)].map((m) => m[1]);
      expect(keys.length, "export: a BibTeX entry a paper").toBe(papers.length);
      expect(new Set(keys).size, "export: BibTeX keys unique").toBe(keys.length);
    });

    it("Esc clears the selection, back to the overview", async () => {
      await page.keyboard.press("Escape");
      await expect.poll(() => heading().textContent()).toBe("Paper Atlas");
      expect(page.url()).not.toContain("node=");
    });

    it("hovering a node with the mouse gives it a card, gone once the pointer leaves it", async () => {
      await page.goto("about:blank");
      await waitForMap(`${server.url}full/#node=e%3Ah100`);
      await expect.poll(() => heading().textContent()).toBe("H100");
      await settle(1500);
      const card = await hoverLayerInk(page);
      await page.keyboard.press("Escape");
      await expect.poll(() => heading().textContent()).toBe("Paper Atlas");
      await expect.poll(async () => (await hoverLayerInk(page)).pixels, { message: "hover: no card once nothing is selected" }).toBe(0);
      const map = (await page.locator(".sigma-container").first().boundingBox())!;
      // The card's disc is centred on the node, at its left end as the card is right of it.
      await page.mouse.move(map.x + card.left + card.height / 2, map.y + card.top + card.height / 2);
      await expect.poll(async () => (await hoverLayerInk(page)).pixels, { message: "hover: H100's card under the pointer" }).toBeGreaterThan(100);
      expect((await hoverLayerInk(page)).height, "hover: one card").toBeLessThan(40);
      await page.mouse.move(map.x + 4, map.y + 4);
      await expect.poll(async () => (await hoverLayerInk(page)).pixels, { message: "hover: no card once the pointer left" }).toBe(0);
    });
  });

  describe("a graph too large to draw at once: the overview of its clusters", () => {
    let overview: Overview;
    let h100Community: number;
    beforeAll(async () => {
      overview = await realOverview();
      const search = await overview.searchData();
      const i = search.key.findIndex((_key, j) => search.label[j] === "H100" && search.kind[j] === "hardware");
      if (i < 0) throw new Error("the overview build has no H100 hardware entity");
      h100Community = search.community[i]!;
    });

    it("opens on the map of clusters", async () => {
      await waitForMap(`${server.url}overview/`);
      await expect.poll(() => heading().textContent()).toBe("Paper Atlas");
      expect(await details().getByText(/too many to draw one by one/).count()).toBe(1);
      await settle();
      // Cluster names are written on the map, and none runs under the panels over it.
      const ink = await page.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>("canvas.sigma-labels")!;
        const map = canvas.getBoundingClientRect();
        const scale = canvas.width / map.width;
        const context = canvas.getContext("2d")!;
        const inked = (r: DOMRect) => {
          const [left, top] = [Math.max(r.left, map.left) - map.left, Math.max(r.top, map.top) - map.top];
          const [width, height] = [Math.min(r.right, map.right) - map.left - left, Math.min(r.bottom, map.bottom) - map.top - top];
          if (width <= 0 || height <= 0) return 0;
          const { data } = context.getImageData(left * scale, top * scale, width * scale, height * scale);
          let count = 0;
          for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count++;
          return count;
        };
        const panels = [...document.querySelectorAll("[data-map-overlay]")].map((panel) => inked(panel.getBoundingClientRect()));
        return { map: inked(map), panels };
      });
      expect(ink.map, "overview: pixels of cluster names on the map").toBeGreaterThan(2000);
      expect(ink.panels, "overview: pixels of cluster names under each panel over the map").toEqual(ink.panels.map(() => 0));
      await shot("7-overview");
      const exported = await exportAgainstScreen();
      expect(exported.size, "overview: the PNG's size, of the map's").toMatch(/^(\d+x\d+) of \1$/);
      // Without the room the screen's island names have, the exported ones cross islands and edges (0.019).
      expect(exported.map, "overview: share of the map's pixels that differ between the PNG export and the screen").toBeLessThan(0.002);
    });

    it("a cluster shows what defines it and opens into its own graph", async () => {
      // One that does not hold H100, so that searching for it next has to leave this cluster for another.
      const other = overview.communities.filter((c) => c.info.id !== h100Community).sort((a, b) => b.info.size - a.info.size)[0]!.info;
      const label = other.label;
      await details().getByRole("region", { name: "Largest clusters" }).getByRole("button", { name: new RegExp(`^${escapeRegExp(label)}`) }).click();
      await expect.poll(() => heading().textContent()).toBe(label);
      expect(await details().getByRole("region", { name: "Defined by" }).getByRole("button").count()).toBeGreaterThan(0);
      await expect.poll(() => page.url()).toContain("cluster=");
      await shot("8-overview-cluster");
      await details().getByRole("button", { name: /Open this cluster/ }).click();
      await page.locator(".sigma-container canvas").first().waitFor();
      await expect.poll(() => heading().textContent()).toBe(label);
      expect(openOf(new URL(page.url()).hash)).toBe(other.id);
      await settle();
      await shot("9-opened-cluster");
    });

    it("search covers every cluster: H100 opens in its own, with its papers", async () => {
      await choose("H100", /^H100.*Hardware$/);
      await expect.poll(() => heading().textContent()).toBe("H100");
      expect(openOf(new URL(page.url()).hash)).toBe(h100Community);
      expect(await papersOfEntity().count()).toBeGreaterThan(0);
      const first = papersOfEntity().first();
      const title = (await first.textContent())!;
      await first.click();
      await expect.poll(() => heading().textContent()).toBe(title);
      await expect.poll(() => details().locator(".abstract").textContent()).not.toMatch(/Loading/);
      expect((await details().locator(".abstract").textContent())!.length).toBeGreaterThan(100);
      await settle();
      await shot("10-overview-paper");
    });

    it("a reload of the link restores the cluster and the selection; Back leads to the map of clusters", async () => {
      const link = page.url();
      const selected = await heading().textContent();
      await page.goto("about:blank");
      await waitForMap(link);
      await expect.poll(() => heading().textContent()).toBe(selected);
      await page.getByRole("button", { name: /← All \d+ clusters/ }).click();
      await expect.poll(() => page.url()).not.toContain("open=");
      expect(await details().locator(".kicker").first().textContent()).toContain("Cluster");
    });

    it("a trace leaves its cluster: from H100 to a paper of another, through the whole atlas, and on into that cluster", async () => {
      const search = await overview.searchData();
      const links = corpusLinks(search, await overview.pathData());
      const h100 = search.key[search.key.findIndex((_key, j) => search.label[j] === "H100" && search.kind[j] === "hardware")]!;
      // The farthest paper of the largest other cluster: a path that has to cross clusters.
      const candidates = search.key.filter((_key, j) => search.kind[j] === "paper" && search.community[j] !== h100Community);
      const expected = candidates.map((key) => traceCorpus(links, h100, key)).filter((path) => path !== null).sort((a, b) => b.cost - a.cost)[0]!;
      const target = expected.nodes.at(-1)!;
      const targetLabel = search.label[links.indexOf.get(target)!]!;
      const communityOf = (key: string) => search.community[links.indexOf.get(key)!]!;

      await choose("H100", /^H100.*Hardware$/);
      await expect.poll(() => heading().textContent()).toBe("H100");
      await details().getByRole("button", { name: "Trace from here" }).click();
      await page.getByText("Click a node or search for it to end the trace").waitFor();
      await choose(targetLabel);
      const summary = details().locator(".trace-summary");
      await expect.poll(() => summary.textContent()).toMatch(new RegExp(`^${expected.hops.length} hops? from H100 to .+, through \\d+ clusters$`));
      // The search chose the end of the trace: H100's cluster stays open.
      expect(openOf(new URL(page.url()).hash)).toBe(h100Community);
      const stops = details().getByRole("list", { name: "Path" }).locator(":scope > li");
      expect(await stops.count()).toBe(expected.nodes.length);
      const elsewhere = details().locator(".hops .node-link.elsewhere");
      expect(await elsewhere.count()).toBe(expected.nodes.filter((key) => communityOf(key) !== h100Community).length);
      expect(await details().locator(".hop-reasons li").first().textContent()).toMatch(/mentions|share|cites|appear together/);
      await settle();
      await shot("12-trace-across-clusters");

      // The path's end opens its own cluster, the trace kept.
      await elsewhere.last().click();
      await expect.poll(() => openOf(new URL(page.url()).hash)).toBe(communityOf(target));
      await expect.poll(() => heading().textContent()).toBe(targetLabel);
      await expect.poll(() => summary.textContent()).toMatch(new RegExp(`^${expected.hops.length} hops? from H100 to `));
      expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get("from")).toBe(h100);
      await settle();
      await shot("13-trace-end-cluster");

      // Back on the map of clusters, the trace is still there, every node of it in its cluster.
      await page.getByRole("button", { name: /← All \d+ clusters/ }).click();
      await expect.poll(() => page.url()).not.toContain("open=");
      const onOverview = details().getByRole("region", { name: "Trace", exact: true });
      const clusters = new Set(expected.nodes.map(communityOf)).size;
      await expect.poll(() => onOverview.locator(".trace-summary").textContent()).toBe(`${expected.hops.length} hops from H100 to ${targetLabel}, through ${clusters} clusters`);
      expect(await onOverview.locator(".hops .node-link.elsewhere").count()).toBe(expected.nodes.length);
      await settle();
      await shot("14-trace-on-overview");

      // Cleared, a trace starts on the map of clusters too: one end, then the other.
      await onOverview.getByRole("button", { name: "Clear" }).click();
      await expect.poll(() => onOverview.count()).toBe(0);
      const pick = async (box: string, query: string) => {
        await details().getByRole("searchbox", { name: box }).fill(query);
        await details().getByRole("listbox", { name: `${box} results` }).getByRole("option").first().waitFor();
        await details().getByRole("searchbox", { name: box }).press("Enter");
      };
      await pick("Trace from", "H100");
      await expect.poll(() => details().getByRole("searchbox", { name: "Trace to" }).evaluate((element) => element === document.activeElement)).toBe(true);
      // Esc leaves the box, a second Esc the trace waiting for its end.
      await page.keyboard.press("Escape");
      await page.keyboard.press("Escape");
      await expect.poll(() => onOverview.count()).toBe(0);
      await pick("Trace from", "H100");
      await pick("Trace to", targetLabel);
      await expect.poll(() => onOverview.locator(".trace-summary").textContent()).toBe(`${expected.hops.length} hops from H100 to ${targetLabel}, through ${clusters} clusters`);
      expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get("to")).toBe(target);
      // The link brings the same trace back.
      const link = page.url();
      await page.goto("about:blank");
      await waitForMap(link);
      await expect.poll(() => onOverview.locator(".trace-summary").textContent()).toBe(`${expected.hops.length} hops from H100 to ${targetLabel}, through ${clusters} clusters`);

      // Its first node opens H100's cluster at H100, the trace kept.
      await onOverview.locator(".hops .node-link.elsewhere").first().click();
      await expect.poll(() => openOf(new URL(page.url()).hash)).toBe(h100Community);
      await expect.poll(() => heading().textContent()).toBe("H100");
      await expect.poll(() => summary.textContent()).toMatch(new RegExp(`^${expected.hops.length} hops? from H100 to `));
    });

    it("two nodes of one cluster that it does not connect are traced through the rest of the atlas", async () => {
      const search = await overview.searchData();
      const links = corpusLinks(search, await overview.pathData());
      let pair: { community: number; from: string; to: string } | undefined;
      for (const { info } of overview.communities) {
        const { graph } = await overview.open(info.id);
        const [from, ...others] = graph.nodes();
        const to = others.find((node) => tracePath(graph, from!, node) === null);
        if (to !== undefined) pair = { community: info.id, from: from!, to };
        if (pair) break;
      }
      // Louvain's clusters are mostly connected inside; the bundled corpus has one that is not.
      expect(pair, "the overview build has a cluster it does not connect inside").toBeDefined();
      const { community, from, to } = pair!;
      const expected = traceCorpus(links, from, to);
      await page.goto("about:blank");
      await waitForMap(`${server.url}overview/#${new URLSearchParams({ open: String(community), from, to })}`);
      const trace = details().getByRole("region", { name: "Trace" });
      if (expected === null) {
        await expect.poll(() => trace.textContent()).toMatch(/No connection between .+ anywhere in the atlas/);
      } else {
        await expect.poll(() => trace.locator(".trace-summary").textContent()).toMatch(new RegExp(`^${expected.hops.length} hops? from `));
        expect(await trace.getByRole("list", { name: "Path" }).locator(":scope > li").count()).toBe(expected.nodes.length);
      }
    });
  });

  it("a link whose trace starts in another cluster names that start, and its cluster", async () => {
    const overview = await realOverview();
    const search = await overview.searchData();
    const [opened, elsewhere] = overview.communities.map((c) => c.info).sort((a, b) => b.size - a.size);
    const start = search.key.findIndex((_key, i) => search.community[i] === elsewhere!.id && search.kind[i] === "paper");
    await page.goto("about:blank");
    await waitForMap(`${server.url}overview/#${new URLSearchParams({ open: String(opened!.id), from: search.key[start]! })}`);
    const hint = details().getByRole("region", { name: "Trace", exact: true }).locator(".trace-hint");
    await expect.poll(() => hint.textContent()).toContain(`From ${search.label[start]} in ${elsewhere!.label}.`);
  });

  it("on a phone's screen, stacks the map over the details and the filters, the legend folded", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto("about:blank");
      await waitForMap(`${server.url}full/`);
      const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
      const [map, detailsPanel, filters] = [await box("main.map"), await box("aside.details"), await box("aside.filters")];
      // Three columns left the map no width at all on this screen.
      expect(map.width, "phone: map width").toBeGreaterThanOrEqual(389);
      expect(map.height, "phone: map height").toBeGreaterThan(0.6 * 844);
      expect(detailsPanel.y, "phone: details below the map").toBeGreaterThanOrEqual(map.y + map.height - 1);
      expect(filters.y, "phone: filters below the details").toBeGreaterThanOrEqual(detailsPanel.y + detailsPanel.height - 1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), "phone: page width").toBeLessThanOrEqual(390);
      const legend = page.getByRole("region", { name: "Legend" });
      const toggle = legend.getByRole("button", { name: "Unfold the legend" });
      expect(await toggle.getAttribute("aria-expanded"), "phone: legend folded").toBe("false");
      expect(await legend.getByRole("listitem").count(), "phone: legend entries while folded").toBe(0);
      await toggle.click();
      expect(await legend.getByRole("listitem").count(), "phone: legend entries unfolded").toBeGreaterThan(3);
      await shot("12-phone-legend");
      await legend.getByRole("button", { name: "Fold the legend" }).click();
      await choose("H100", /H100/);
      await expect.poll(() => heading().textContent()).toBe("H100");
      await settle();
      await shot("12-phone");
      // Here a neighbour's label starts at the edge of H100's card, over its node: the export's labels are given the cards' room too.
      const { map: exportedMap } = await exportAgainstScreen();
      expect(exportedMap, "phone: share of the exported map's pixels that differ from the screen's").toBeLessThan(0.002);
      // The details are below the map, out of sight: the selection's name over the map leads there.
      const peek = page.getByRole("button", { name: /^H100\s*Details/ });
      await peek.click();
      await expect.poll(async () => (await heading().boundingBox())!.y, { message: "phone: the details scrolled into view" }).toBeLessThan(844 / 2);
      expect((await heading().boundingBox())!.y, "phone: the details' heading on screen").toBeGreaterThanOrEqual(0);
      // The trace's other end is picked on the map, scrolled away by the time the button is pressed.
      await details().getByRole("button", { name: "Trace from here" }).click();
      await expect.poll(async () => (await box("main.map")).y, { message: "phone: map back in view to pick the trace's end" }).toBeGreaterThanOrEqual(-1);
      expect((await box("main.map")).y, "phone: map back in view, at the top").toBeLessThan(844 / 4);
      await page.keyboard.press("Escape");
    } finally {
      // Folding the legend is remembered: the next tests start as a first visit does.
      await page.evaluate(() => localStorage.clear());
      await page.setViewportSize({ width: 1440, height: 900 });
    }
  });

  it("on a 1024 px screen, the filters start folded beside a wider map, and say how many are on", async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    try {
      await page.goto("about:blank");
      await waitForMap(`${server.url}full/`);
      const width = async (selector: string) => (await page.locator(selector).first().boundingBox())!.width;
      /** The map's canvas as sigma sized it, against the map's own box: the two part when a panel resizes the map and sigma is not told. */
      const canvasFits = () =>
        page.evaluate(() => {
          const container = document.querySelector<HTMLElement>(".sigma-container")!;
          const canvas = container.querySelector<HTMLCanvasElement>("canvas.sigma-nodes")!;
          return Math.abs(canvas.getBoundingClientRect().width - container.getBoundingClientRect().width) < 1;
        });
      const filters = page.getByRole("complementary", { name: "Filters" });
      const unfold = filters.getByRole("button", { name: "Show the filters" });
      expect(await unfold.getAttribute("aria-expanded"), "mid screen: filters folded").toBe("false");
      expect(await filters.getByRole("checkbox").count(), "mid screen: no filter controls while folded").toBe(0);
      const folded = await width("main.map");
      // Three columns left the map 484 px of this screen.
      expect(folded, "mid screen: map width, filters folded").toBeGreaterThan(640);
      await unfold.click();
      await filters.getByRole("checkbox", { name: /Papers/ }).uncheck();
      await expect.poll(() => width("main.map"), { message: "mid screen: the open filters take room from the map" }).toBeLessThan(folded - 150);
      await expect.poll(canvasFits, { message: "mid screen: sigma's canvas fits the narrower map" }).toBe(true);
      await filters.getByRole("button", { name: "Hide the filters" }).focus();
      await page.keyboard.press("Enter");
      await expect.poll(() => width("main.map"), { message: "mid screen: folded again, the map wide again" }).toBeGreaterThan(640);
      const focused = () => page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
      expect(await focused(), "mid screen: the keyboard's focus on the button that took the pressed one's place").toBe("Show the filters (1 on)");
      await expect.poll(canvasFits, { message: "mid screen: sigma's canvas fits the wider map" }).toBe(true);
      // Papers stay hidden behind the folded panel, and the strip says so.
      expect(await filters.getByRole("button").getAttribute("aria-label"), "mid screen: folded filters that are on").toBe("Show the filters (1 on)");
      await expect.poll(() => page.url(), { message: "mid screen: the filter still in the link" }).toContain("hide=paper");
      await shot("13-mid-screen");
      // Unfolded by choice, the filters stay so on the next visit, though this screen starts them folded.
      await filters.getByRole("button", { name: /Show the filters/ }).click();
      await page.reload();
      await page.locator(".sigma-container canvas").first().waitFor();
      expect(await filters.getByRole("button", { name: "Hide the filters" }).getAttribute("aria-expanded"), "mid screen: the choice remembered").toBe("true");
    } finally {
      await page.evaluate(() => localStorage.clear());
      await page.setViewportSize({ width: 1440, height: 900 });
    }
  });

  it("on a touch screen, a tap selects a node, and what the panel then opens is what the map shows", async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    watch(phone);
    try {
      await phone.goto(`${server.url}full/#node=e%3Ah100`);
      const panel = phone.getByRole("complementary", { name: "Details" });
      const panelHeading = () => panel.getByRole("heading", { level: 2 }).last().textContent();
      await expect.poll(panelHeading).toBe("H100");
      await phone.waitForTimeout(1500);
      const cards = () => hoverLayerInk(phone);
      const card = await cards();
      expect(card.height, "touch: H100's card alone on the hover layer").toBeLessThan(40);
      const map = (await phone.locator("main.map").boundingBox())!;
      // Taps apart, lest two make a double tap, which zooms.
      const tap = async (x: number, y: number) => {
        await phone.touchscreen.tap(map.x + x, map.y + y);
        await phone.waitForTimeout(700);
      };
      await tap(6, 6);
      await expect.poll(panelHeading, { message: "touch: a tap beside the nodes clears the selection" }).toBe("Paper Atlas");
      // The card's disc is centred on the node, at its left end as the card is right of it.
      await tap(card.left + card.height / 2, card.top + card.height / 2);
      await expect.poll(panelHeading, { message: "touch: a tap on H100 selects it" }).toBe("H100");
      const paper = panel.getByRole("region", { name: /Papers that mention it/ }).getByRole("button").first();
      const title = (await paper.textContent())!;
      await paper.tap();
      await expect.poll(panelHeading, { message: "touch: the paper tapped in the panel is opened" }).toBe(title);
      await phone.evaluate(() => window.scrollTo(0, 0));
      await phone.waitForTimeout(1000);
      // Sigma holds the node a finger tapped as hovered until the next touch on the map: H100's card stayed over the paper's map.
      expect((await cards()).height, "touch: the paper's card alone on the hover layer").toBeLessThan(40);
    } finally {
      await phone.close();
    }
  });

  it("says what to run when the data is missing", async () => {
    const before = problems.length;
    await page.goto(`${server.url}empty/`);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/No graph data yet.*HTTP 404.*npm run atlas -- build/);
    await shot("11-no-data");
    // The missing data was the point of this page: the browser's report of its 404 is expected.
    const added = problems.splice(before);
    problems.push(...added.filter((problem) => !/404/.test(problem)));
  });

  it("logged no errors along the way", () => {
    expect(problems.join("\n")).toBe("");
  });
});

describe.runIf(!hasBrowser && browserRequired)("explorer in Chromium", () => {
  it("needs Chromium", () => {
    throw new Error(`ATLAS_REQUIRE_BROWSER=1 but ${CHROMIUM} is missing: install Debian's chromium package`);
  });
});
