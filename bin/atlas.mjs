#!/usr/bin/env node
// The builder is TypeScript; tsx compiles it on the fly so `atlas` needs no build step.
import { register } from "tsx/esm/api";

register();
await import("../graph/cli.ts");
