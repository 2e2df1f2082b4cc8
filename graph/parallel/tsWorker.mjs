// A worker thread's entry when the builder runs from its TypeScript sources (tests); the compiled
// builder has one per worker (bin/builder.mjs). Worker threads do not inherit the main thread's
// loader hooks: register tsx again here, then load the worker's source.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.source);
