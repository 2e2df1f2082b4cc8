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

/**
 * A bar on a terminal, and once each stage ends a line with its time, so that a long build
 * leaves an account of where its minutes went; elsewhere nothing until the summary line, so
 * logs stay readable.
 */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return silentProgress;
  let bar: cliProgress.SingleBar | undefined;
  let running: { stage: Stage; since: number; total: number; unit?: string } | undefined;
  const finish = () => {
    bar?.stop();
    bar = undefined;
    if (!running) return;
    const { stage, since, total, unit } = running;
    const seconds = (performance.now() - since) / 1000;
    stream.write(`${stage.padEnd(8)} ${seconds.toFixed(1)} s${total > 0 ? ` (${total} ${unit ?? "items"})` : ""}\n`);
    running = undefined;
  };
  return {
    start(stage, total, unit) {
      finish();
      running = { stage, since: performance.now(), total, unit };
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
    end: finish,
  };
}
