import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { build, preview, type PreviewServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Atlas } from "../../src/data/atlas";
import { tracePath } from "../../src/trace/path";
import { builtDataDir, realAtlas } from "../src/support/atlas-data";

const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const hasBrowser = existsSync(CHROMIUM);
const browserRequired = process.env.ATLAS_REQUIRE_BROWSER === "1";
const ROOT = resolve(import.meta.dirname, "../..");
const SHOTS = join(ROOT, "test-results");

if (!hasBrowser && !browserRequired) {
  console.warn(`explorer e2e: skipped, ${CHROMIUM} is missing (apt-get install chromium; set ATLAS_REQUIRE_BROWSER=1 to make this a failure)`);
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

/** The entity the scenario opens: H100 once the extractor finds hardware, else the most mentioned entity. */
function pickEntity(atlas: Atlas): string {
  const { graph } = atlas;
  const h100 = graph.findNode((_key, a) => a.kind === "entity" && [a.label, ...a.aliases].some((name) => name.toLowerCase() === "h100"));
  if (h100) return h100;
  console.warn("explorer e2e: this graph has no H100 entity; using the most mentioned entity instead");
  return graph.filterNodes((_key, a) => a.kind === "entity").sort((a, b) => graph.degree(b) - graph.degree(a))[0]!;
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

describe.skipIf(!hasBrowser && !browserRequired)("explorer in Chromium (built site, vite preview)", () => {
  let atlas: Atlas;
  let site: string;
  let server: PreviewServer;
  let browser: Browser;
  let page: Page;
  let url: string;
  const problems: string[] = [];

  const watch = (target: Page) => {
    target.on("console", (message) => {
      if (message.type() === "error") problems.push(`console error: ${message.text()}`);
    });
    target.on("pageerror", (error) => problems.push(`page error: ${error.message} ${error.stack}`));
    target.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));
  };
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `explorer-${name}.png`) });
  const details = () => page.getByRole("complementary", { name: "Details" });
  const heading = () => details().getByRole("heading", { level: 2 }).last();

  async function choose(query: string) {
    await page.keyboard.press("/");
    const search = page.getByRole("searchbox", { name: "Search" });
    await expect.poll(() => search.evaluate((element) => element === document.activeElement)).toBe(true);
    await search.fill(query);
    await page.getByRole("option").first().waitFor();
    await page.keyboard.press("Enter");
  }

  beforeAll(async () => {
    if (!hasBrowser) throw new Error(`ATLAS_REQUIRE_BROWSER=1 but ${CHROMIUM} is missing: install Debian's chromium package`);
    const [dataDir, loaded] = await Promise.all([builtDataDir(), realAtlas()]);
    atlas = loaded;
    site = await mkdtemp(join(tmpdir(), "paper-atlas-site-"));
    // Vitest runs with NODE_ENV=test, which would make vite bundle React's development build.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = "production";
    try {
      await build({ root: ROOT, configFile: join(ROOT, "vite.config.ts"), mode: "production", logLevel: "error", build: { outDir: site, emptyOutDir: true } });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    // The site gets the data built for this run, whatever public/data holds.
    await rm(join(site, "data"), { recursive: true, force: true });
    await cp(dataDir, join(site, "data"), { recursive: true });
    server = await preview({
      root: ROOT,
      configFile: join(ROOT, "vite.config.ts"),
      logLevel: "warn",
      build: { outDir: site },
      preview: { host: "127.0.0.1", port: await freePort(), strictPort: false, open: false },
    });
    url = server.resolvedUrls!.local[0]!;
    await mkdir(SHOTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    watch(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (site) await rm(site, { recursive: true, force: true });
  });

  it("opens on the map once the data is loaded", async () => {
    await page.goto(url);
    await page.locator(".sigma-container canvas").first().waitFor();
    await expect.poll(() => page.getByText("Loading the atlas").count()).toBe(0);
    await expect.poll(() => heading().textContent()).toBe("Paper Atlas");
    // Let the first frames and the cluster labels settle before the picture.
    await page.waitForTimeout(500);
    await shot("1-overview");
  });

  it("search finds the entity, Enter opens it, and the panel lists its papers", async () => {
    const entity = pickEntity(atlas);
    const label = atlas.graph.getNodeAttribute(entity, "label");
    await choose(label);
    await expect.poll(() => heading().textContent()).toBe(label);
    const papers = details().getByRole("region", { name: /Papers that mention it/ }).getByRole("button");
    expect(await papers.count()).toBeGreaterThan(0);
    expect(page.url()).toContain(`node=${encodeURIComponent(entity)}`);
    await page.waitForTimeout(700);
    await shot("2-entity");
  });

  it("clicking one of its papers opens the paper with its abstract", async () => {
    const first = details().getByRole("region", { name: /Papers that mention it/ }).getByRole("button").first();
    const title = (await first.textContent())!;
    await first.click();
    await expect.poll(() => heading().textContent()).toBe(title);
    await expect.poll(() => details().locator(".abstract").textContent()).not.toMatch(/Loading/);
    expect(await details().locator(".abstract .mention").count()).toBeGreaterThan(0);
    await page.waitForTimeout(700);
    await shot("3-paper");
  });

  it("traces the path between two entities, hop by hop", async () => {
    const [from, to] = pickTraceEnds(atlas);
    const expected = tracePath(atlas.graph, from, to)!;
    await choose(atlas.graph.getNodeAttribute(from, "label"));
    await details().getByRole("button", { name: "Trace from here" }).click();
    await page.getByText("Click a node or search for it to end the trace").waitFor();
    await choose(atlas.graph.getNodeAttribute(to, "label"));
    const stops = details().getByRole("list", { name: "Path" }).locator(":scope > li");
    await expect.poll(() => stops.count()).toBe(expected.nodes.length);
    expect(await details().locator(".hop-reasons li").count()).toBeGreaterThanOrEqual(expected.hops.length);
    expect(page.url()).toMatch(/from=.*&to=/);
    await page.waitForTimeout(700);
    await shot("4-trace");
  });

  it("a reload of the link restores the same selection and trace", async () => {
    const link = page.url();
    const selected = await heading().textContent();
    const stops = await details().getByRole("list", { name: "Path" }).locator(":scope > li").allTextContents();
    await page.goto("about:blank");
    await page.goto(link);
    await expect.poll(() => heading().textContent()).toBe(selected);
    expect(await details().getByRole("list", { name: "Path" }).locator(":scope > li").allTextContents()).toEqual(stops);
    await page.waitForTimeout(500);
    await shot("5-reloaded");
  });

  it("Esc clears the selection, back to the overview", async () => {
    await page.keyboard.press("Escape");
    await expect.poll(() => heading().textContent()).toBe("Paper Atlas");
    expect(page.url()).not.toContain("node=");
  });

  it("logged no errors along the way", () => {
    expect(problems).toEqual([]);
  });
});

describe.runIf(!hasBrowser && browserRequired)("explorer in Chromium", () => {
  it("needs Chromium", () => {
    throw new Error(`ATLAS_REQUIRE_BROWSER=1 but ${CHROMIUM} is missing: install Debian's chromium package`);
  });
});
