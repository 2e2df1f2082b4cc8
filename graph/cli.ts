import { Command, InvalidArgumentError } from "commander";
import { readCorpus } from "./ingest/index.ts";
import { extractPaper, resolveCorpus } from "./extract/index.ts";
import { rejectionLines, summaryLine } from "./report.ts";

/** Errors the user can act on: printed as one message, never as a stack trace. */
export class UsageError extends Error {}

function integer(name: string, min: number) {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${name} must be an integer >= ${min}`);
    return n;
  };
}

const program = new Command()
  .name("atlas")
  .description("Paper Atlas: turn research-paper abstracts into an explorable, typed knowledge graph.")
  .showHelpAfterError();

program
  .command("extract")
  .description("Print the entities of each paper as JSON lines: {title, entities: [{name, type, aliases}]}")
  .argument("<files...>", "inputs: Hugging Face listing pages (.txt), JSONL, JSON, CSV, BibTeX, or directories of them")
  .option("--year <year>", "year for the year-less dates of Hugging Face pages", integer("--year", 1900))
  .option("--strict", "exit with status 1 if any record is rejected")
  .action(async (files: string[], opts: { year?: number; strict?: boolean }) => {
    const corpus = await readCorpus(files, { year: opts.year });
    const resolved = resolveCorpus(corpus.papers.map((p) => extractPaper(p)));
    const byKey = new Map(resolved.entities.map((e) => [e.key, e]));
    const out: string[] = [];
    corpus.papers.forEach((paper, i) => {
      const entities = resolved.papers[i]!.map((m) => {
        const entity = byKey.get(m.key)!;
        const aliases = [...new Set([...m.forms, ...(m.name === entity.label ? [] : [entity.label])])].filter((a) => a !== m.name);
        return { name: m.name, type: entity.type, aliases };
      });
      out.push(JSON.stringify({ title: paper.title, entities }));
    });
    process.stdout.write(out.join("\n") + (out.length ? "\n" : ""));
    process.stderr.write(`atlas extract: ${summaryLine(corpus.summary)}\n`);
    for (const line of rejectionLines(corpus.summary)) process.stderr.write(line + "\n");
    if (opts.strict && corpus.summary.rejected > 0) process.exitCode = 1;
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof UsageError || process.env.ATLAS_DEBUG === undefined) {
    process.stderr.write(`atlas: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
