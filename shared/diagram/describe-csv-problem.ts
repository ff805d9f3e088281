import type { ActorCsvProblem } from './actor-csv';

/**
 * The texts for CSV problems, one per problem code, with `{{line}}`, `{{column}}` and `{{value}}`
 * placeholders (the catalogues' `diagram.import.csv` section has this shape).
 */
export type CsvProblemTexts = Record<ActorCsvProblem['code'], string>;

/** A CSV problem as a sentence, from the given texts (the server uses bokmål; the web its own catalogue). */
export function describeCsvProblem(problem: ActorCsvProblem, texts: CsvProblemTexts): string {
  return texts[problem.code]
    .replaceAll('{{line}}', String(problem.line ?? ''))
    .replaceAll('{{column}}', problem.column ?? '')
    .replaceAll('{{value}}', problem.value ?? '');
}
