// The graph files worker's entry when the builder runs from its TypeScript sources (tests); the
// compiled builder has its own (bin/builder.mjs). Worker threads do not inherit the main thread's
// loader hooks: register tsx again here.
import { register } from "tsx/esm/api";

register();
await import("./graphFilesWorker.ts");
