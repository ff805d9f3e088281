import Papa from 'papaparse';
import { diagramNb } from '../i18n/diagram-nb';
import { diagramNn } from '../i18n/diagram-nn';
import type { Language } from '../schemas/language';
import { actorDataSchema, type ActorData, type DiagramNode } from './diagram-document';
import { actorCategories, diagramLimits, planPhases, scoreMax, scoreMin, type ActorCategory, type PlanPhase } from './vocabulary';

/**
 * The actors of a diagram as CSV: one row per actor, for spreadsheets and for moving actor lists
 * between boards. Columns (header names are Norwegian; English aliases are accepted on import):
 *
 * | column | content |
 * |---|---|
 * | id | the actor's node id; on import a known id updates that actor, an empty or unknown id adds one |
 * | navn | name (required) |
 * | kategori | the category's name as the app shows it ("Internt i kommunen"; required; the ids internt, regionalt, statlig, eksternt work too) |
 * | rolle | role in the plan process |
 * | interesse | interest 1–5 (default 3) |
 * | påvirkning | influence 1–5 (default 3) |
 * | faser | plan phases by name ("Oppstart og varsling"), separated by commas; the ids work too |
 * | kontakt | contact owner |
 * | notat | note |
 *
 * Exports use `;` (what Norwegian spreadsheet programs expect), a UTF-8 byte order mark and the
 * names in the region's language, which people read in a spreadsheet; imports accept `;`, `,` or tab,
 * and names in bokmål or nynorsk.
 */
export const actorCsvColumns = ['id', 'navn', 'kategori', 'rolle', 'interesse', 'påvirkning', 'faser', 'kontakt', 'notat'] as const;
export type ActorCsvColumn = (typeof actorCsvColumns)[number];

const aliases: Record<string, ActorCsvColumn> = {
  id: 'id',
  navn: 'navn',
  namn: 'navn',
  name: 'navn',
  kategori: 'kategori',
  category: 'kategori',
  rolle: 'rolle',
  role: 'rolle',
  interesse: 'interesse',
  interest: 'interesse',
  påvirkning: 'påvirkning',
  pavirkning: 'påvirkning',
  påverknad: 'påvirkning',
  influence: 'påvirkning',
  faser: 'faser',
  fasar: 'faser',
  phases: 'faser',
  kontakt: 'kontakt',
  contact: 'kontakt',
  notat: 'notat',
  merknad: 'notat',
  note: 'notat',
};

const normalize = (value: string) => value.trim().toLowerCase().replace(/\s+/g, ' ');
const namesByLanguage = { nb: diagramNb, nn: diagramNn } as const;

/** Each name the app gives a category or phase, in either language, by its lower-case form. */
function namesOf<Id extends string>(ids: readonly Id[], names: (texts: (typeof namesByLanguage)[Language]) => Record<Id, string>): Record<string, Id> {
  return Object.fromEntries(Object.values(namesByLanguage).flatMap((texts) => ids.map((id) => [normalize(names(texts)[id]), id])));
}

/** Words that also mean a category or phase, besides the ids: the app's names, and older or short ones. */
const categoryWords: Record<string, ActorCategory> = {
  ...namesOf(actorCategories, (texts) => texts.category),
  'internt i kommunene': 'internt',
  'internt i kommunane': 'internt',
  intern: 'internt',
  regional: 'regionalt',
  stat: 'statlig',
  ekstern: 'eksternt',
};
const phaseWords: Record<string, PlanPhase> = {
  ...namesOf(planPhases, (texts) => texts.phase),
  initiativ: 'forarbeid',
  'førstegangsbehandling': 'forstegangsbehandling',
  'høring': 'horing',
  'høyring': 'horing',
  'etter vedtak': 'etter-vedtak',
};

/** Why a row (or the whole file) cannot be imported; the catalogue has a text per code. */
export type ActorCsvProblemCode =
  | 'empty-file'
  | 'unreadable'
  | 'missing-column'
  | 'too-many-rows'
  | 'required'
  | 'too-long'
  | 'unknown-category'
  | 'bad-score'
  | 'unknown-phase'
  | 'duplicate-id'
  | 'id-taken';

export interface ActorCsvProblem {
  code: ActorCsvProblemCode;
  /** Line in the file (the header is line 1); absent for problems with the whole file. */
  line?: number;
  column?: ActorCsvColumn;
  value?: string;
}

/** One actor read from a row: its id when the row names one, and its fields. */
export interface ActorCsvRow {
  line: number;
  id: string | null;
  data: ActorData;
}

export type ActorCsvResult = { ok: true; rows: ActorCsvRow[] } | { ok: false; problems: ActorCsvProblem[] };

/** Undoes the `'` a spreadsheet-safe export puts before cells that start like a formula. */
const unescapeFormula = (value: string) => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);

function readCategory(value: string): ActorCategory | null {
  const word = normalize(value);
  if ((actorCategories as readonly string[]).includes(word)) return word as ActorCategory;
  return categoryWords[word] ?? null;
}

function readPhase(value: string): PlanPhase | null {
  const word = normalize(value);
  if ((planPhases as readonly string[]).includes(word)) return word as PlanPhase;
  return phaseWords[word] ?? null;
}

/**
 * The separator the header line uses most (`;` on a tie): papaparse's own guess needs several
 * consistent rows and picks `,` for a short `;` file.
 */
function guessDelimiter(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const outsideQuotes = header.replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((delimiter) => ({ delimiter, count: outsideQuotes.split(delimiter).length - 1 }));
  return counts.reduce((best, next) => (next.count > best.count ? next : best)).delimiter;
}

/**
 * Reads an actor CSV. All or nothing: any problem in any row gives the full list of problems and no
 * rows, so an import never half-happens.
 * @example const result = parseActorCsv(text); if (!result.ok) show(result.problems)
 */
export function parseActorCsv(text: string, options: { maxRows?: number } = {}): ActorCsvResult {
  const maxRows = options.maxRows ?? diagramLimits.nodes;
  const source = text.replace(/^\uFEFF/, '');
  if (source.trim() === '') return { ok: false, problems: [{ code: 'empty-file' }] };
  const parsed = Papa.parse<string[]>(source, { delimiter: guessDelimiter(source), skipEmptyLines: false });
  const fatal = parsed.errors.find((error) => error.type === 'Quotes');
  if (fatal) return { ok: false, problems: [{ code: 'unreadable', line: (fatal.row ?? 0) + 1 }] };
  const [header = [], ...rows] = parsed.data;
  const columns = header.map((name) => aliases[normalize(name)] ?? null);
  const problems: ActorCsvProblem[] = [];
  for (const required of ['navn', 'kategori'] as const) {
    if (!columns.includes(required)) problems.push({ code: 'missing-column', column: required });
  }
  if (problems.length > 0) return { ok: false, problems };
  const nonEmpty = rows.map((cells, index) => ({ cells, line: index + 2 })).filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  if (nonEmpty.length > maxRows) return { ok: false, problems: [{ code: 'too-many-rows', value: String(maxRows) }] };

  const seenIds = new Map<string, number>();
  const result: ActorCsvRow[] = [];
  for (const { cells, line } of nonEmpty) {
    const cell = (column: ActorCsvColumn) => {
      const index = columns.indexOf(column);
      return index < 0 ? '' : unescapeFormula((cells[index] ?? '').trim());
    };
    const rowProblems: ActorCsvProblem[] = [];
    const name = cell('navn');
    if (!name) rowProblems.push({ code: 'required', line, column: 'navn' });
    const categoryText = cell('kategori');
    const category = categoryText ? readCategory(categoryText) : null;
    if (!categoryText) rowProblems.push({ code: 'required', line, column: 'kategori' });
    else if (!category) rowProblems.push({ code: 'unknown-category', line, column: 'kategori', value: categoryText });
    const score = (column: 'interesse' | 'påvirkning') => {
      const value = cell(column);
      if (value === '') return 3;
      const number = Number(value.replace(',', '.'));
      if (!Number.isInteger(number) || number < scoreMin || number > scoreMax) {
        rowProblems.push({ code: 'bad-score', line, column, value });
        return 3;
      }
      return number;
    };
    const interest = score('interesse');
    const influence = score('påvirkning');
    const phases: PlanPhase[] = [];
    for (const part of cell('faser')
      .split(/[,;|]/)
      .map((p) => p.trim())
      .filter(Boolean)) {
      const phase = readPhase(part);
      if (!phase) rowProblems.push({ code: 'unknown-phase', line, column: 'faser', value: part });
      else if (!phases.includes(phase)) phases.push(phase);
    }
    const id = cell('id') || null;
    if (id) {
      if (id.length > 100) rowProblems.push({ code: 'too-long', line, column: 'id' });
      else if (seenIds.has(id)) rowProblems.push({ code: 'duplicate-id', line, column: 'id', value: id });
      seenIds.set(id, line);
    }
    const data = actorDataSchema.safeParse({
      name,
      category: category ?? 'eksternt',
      role: cell('rolle'),
      interest,
      influence,
      phases,
      contact: cell('kontakt'),
      note: cell('notat'),
    });
    if (!data.success && rowProblems.length === 0) {
      for (const issue of data.error.issues) {
        const field = String(issue.path[0] ?? '');
        const column = ({ name: 'navn', role: 'rolle', contact: 'kontakt', note: 'notat' } as Record<string, ActorCsvColumn>)[field];
        rowProblems.push({ code: issue.code === 'too_big' ? 'too-long' : 'required', line, ...(column ? { column } : {}) });
      }
    }
    problems.push(...rowProblems);
    if (data.success && rowProblems.length === 0) result.push({ line, id, data: data.data });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows: result };
}

/**
 * The actors of a diagram as CSV text (with a byte order mark, `;` between cells), categories and
 * phases by name in `language`, as a planner reads them.
 */
export function actorsToCsv(nodes: DiagramNode[], language: Language): string {
  const names = namesByLanguage[language];
  const rows = nodes
    .filter((node): node is Extract<DiagramNode, { type: 'aktor' }> => node.type === 'aktor')
    .map((node) => [
      node.id,
      node.data.name,
      names.category[node.data.category],
      node.data.role,
      String(node.data.interest),
      String(node.data.influence),
      node.data.phases.map((phase) => names.phase[phase]).join(', '),
      node.data.contact,
      node.data.note,
    ]);
  return `\uFEFF${Papa.unparse({ fields: [...actorCsvColumns], data: rows }, { delimiter: ';', newline: '\r\n', escapeFormulae: true })}\r\n`;
}
