import { availableParallelism } from "node:os";

/** Apart from extraction, so that the command line gets its default without loading compromise. */
export function defaultWorkers(): number {
  return availableParallelism();
}
