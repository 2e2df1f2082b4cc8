// Worker threads do not inherit the main thread's loader hooks: register tsx again here.
import { register } from "tsx/esm/api";

register();
await import("./extractWorker.ts");
