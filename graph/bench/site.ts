import { cp, rm } from "node:fs/promises";
import { join } from "node:path";
import { PROJECT_DIR } from "../paths.ts";

/** Debian's Chromium, installed by apt (`.ci/run`); never downloaded by a test tool. */
export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The explorer as `npm run build` makes it, without data: the app's files only. */
export async function buildApp(outDir: string): Promise<void> {
  const { build } = await import("vite");
  // Under vitest NODE_ENV is "test", which would make vite bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({
      root: PROJECT_DIR,
      configFile: join(PROJECT_DIR, "vite.config.ts"),
      mode: "production",
      logLevel: "error",
      // public/data is whatever the last local build left there; each site gets its own data.
      build: { outDir, emptyOutDir: true, copyPublicDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  await rm(join(outDir, "data"), { recursive: true, force: true });
}

/** A copy of the built app with `dataDir` as its data, ready for any static host. */
export async function siteWithData(appDir: string, siteDir: string, dataDir: string | null): Promise<void> {
  await cp(appDir, siteDir, { recursive: true });
  if (dataDir !== null) await cp(dataDir, join(siteDir, "data"), { recursive: true });
}
