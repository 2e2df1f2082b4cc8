import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_DIR } from "../graph/paths.ts";
import { scratchDir } from "./support/scratch.ts";

describe("site: npm run build", () => {
  const dir = scratchDir("atlas-site");

  it("site: the explorer's data goes into the site; graph.json and graph.gexf, for other tools, stay out", async () => {
    const publicDir = join(dir, "public");
    mkdirSync(join(publicDir, "data", "details"), { recursive: true });
    for (const file of ["favicon.svg", "data/atlas.json", "data/details/0.json", "data/search.json", "data/graph.json", "data/graph.gexf"]) writeFileSync(join(publicDir, file), "{}");
    const outDir = join(dir, "dist");
    const { build } = await import("vite");
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = "production";
    try {
      await build({ root: PROJECT_DIR, configFile: join(PROJECT_DIR, "vite.config.ts"), mode: "production", logLevel: "error", publicDir, build: { outDir, emptyOutDir: true } });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    for (const file of ["index.html", "favicon.svg", "data/atlas.json", "data/details/0.json", "data/search.json"]) expect(existsSync(join(outDir, file)), `site: ${file}`).toBe(true);
    for (const file of ["data/graph.json", "data/graph.gexf"]) expect(existsSync(join(outDir, file)), `site: no ${file}`).toBe(false);
  });
});
