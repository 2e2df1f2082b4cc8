import { cp } from "node:fs/promises";
import { relative, resolve, sep } from "node:path";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

/**
 * What `atlas build` writes for other tools, not for the explorer, which never fetches them: at
 * 10k papers they are 54 and 73 MB, at 100k over a gigabyte together, past the file size that
 * common static hosts accept. The built site leaves them out; they stay in public/data.
 */
const BUILDER_ONLY = new Set([`data${sep}graph.json`, `data${sep}graph.gexf`]);

function publicWithoutBuilderFiles(): Plugin {
  let publicDir = "";
  let outDir = "";
  return {
    name: "paper-atlas:public-without-builder-files",
    apply: "build",
    config: () => ({ build: { copyPublicDir: false } }),
    configResolved(config) {
      publicDir = config.publicDir;
      outDir = resolve(config.root, config.build.outDir);
    },
    async writeBundle() {
      if (publicDir) await cp(publicDir, outDir, { recursive: true, filter: (source) => !BUILDER_ONLY.has(relative(publicDir, source)) });
    },
  };
}

export default defineConfig({
  plugins: [react(), publicWithoutBuilderFiles()],
  // Relative asset and data URLs: the built site works from any directory of any static host.
  base: "./",
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
  test: {
    include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
    globalSetup: ["test/src/support/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
