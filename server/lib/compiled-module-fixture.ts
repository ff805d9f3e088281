// A module for compiled-module.test.ts: where it thinks it is, and an error thrown from a known line.
export const ownLocation = import.meta.url;

export function failOnLineFive(): never {
  throw new Error('from the TypeScript source');
}
