#!/usr/bin/env node
import { compiledBuilder } from "./builder.mjs";

await import(await compiledBuilder());
