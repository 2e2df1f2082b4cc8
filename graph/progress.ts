import cliProgress from "cli-progress";

export type Stage = "ingest" | "extract" | "link" | "cluster" | "layout" | "write";

/** What a long stage tells the user while it runs. */
export interface Progress {
  /** A `total` of 0 is work that cannot be counted: the bar only names the stage it is in. */
  start(stage: Stage, total: number, unit?: string): void;
  tick(done: number): void;
  end(): void;
}

export const silentProgress: Progress = { start() {}, tick() {}, end() {} };

/** A bar on a terminal; elsewhere nothing until the summary line, so logs stay readable. */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return silentProgress;
  let bar: cliProgress.SingleBar | undefined;
  return {
    start(stage, total, unit) {
      bar?.stop();
      const format = total > 0 ? `${stage.padEnd(8)} {bar} {percentage}% | {value}/{total}${unit ? ` ${unit}` : ""}` : `${stage.padEnd(8)} …`;
      bar = new cliProgress.SingleBar(
        { format, stream, hideCursor: true, clearOnComplete: true },
        cliProgress.Presets.shades_classic,
      );
      bar.start(Math.max(1, total), 0);
    },
    tick(done) {
      bar?.update(done);
    },
    end() {
      bar?.stop();
      bar = undefined;
    },
  };
}
