/**
 * Settles new nodes whose outcome depends on their settled neighbours (`atlas build --update`):
 * each pass decides every pending node from what was settled before the pass and commits the
 * pass whole, so no node's outcome depends on the order within its pass, and chains of new
 * nodes settle in later passes. Returns the nodes no pass could decide.
 */
export function settleInPasses<T>(pending: string[], decide: (node: string) => T | undefined, commit: (node: string, value: T) => void): string[] {
  for (;;) {
    const decided: [string, T][] = [];
    const left: string[] = [];
    for (const node of pending) {
      const value = decide(node);
      if (value === undefined) left.push(node);
      else decided.push([node, value]);
    }
    if (decided.length === 0) return pending;
    for (const [node, value] of decided) commit(node, value);
    pending = left;
  }
}
