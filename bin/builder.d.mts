/** URL of the compiled command line, compiled first if the sources changed. */
export function compiledBuilder(): Promise<string>;
