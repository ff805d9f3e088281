/** One benchmark: measures something and returns its section of bench/RESULTS.md (markdown). */
export interface BenchSuite {
  /** Short name, used to pick suites: `npm run bench -- rest`. */
  name: string;
  title: string;
  run(): Promise<string>;
}
