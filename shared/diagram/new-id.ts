/** A random UUID for a new node, edge or variant (Web Crypto: in browsers and in Node ≥ 19). */
export function newDiagramId(): string {
  return (globalThis as unknown as { crypto: { randomUUID(): string } }).crypto.randomUUID();
}
