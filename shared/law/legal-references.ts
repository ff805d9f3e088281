import type { Localized } from '../templates/localized';

/**
 * The laws and regulations Planrom's templates cite, with the short name used in citations in each
 * written standard ("pbl", "forvaltningsloven"/"forvaltningslova", ...).
 */
export const laws = {
  pbl: {
    title: 'Lov om planlegging og byggesaksbehandling (plan- og bygningsloven)',
    reference: 'LOV-2008-06-27-71',
    short: { nb: 'pbl', nn: 'pbl' },
  },
  fvl: {
    title: 'Lov om behandlingsmåten i forvaltningssaker (forvaltningsloven)',
    reference: 'LOV-1967-02-10',
    short: { nb: 'forvaltningsloven', nn: 'forvaltningslova' },
  },
  offl: {
    title: 'Lov om rett til innsyn i dokument i offentleg verksemd (offentleglova)',
    reference: 'LOV-2006-05-19-16',
    short: { nb: 'offentleglova', nn: 'offentleglova' },
  },
  ku: {
    title: 'Forskrift om konsekvensutredninger',
    reference: 'FOR-2017-06-21-854',
    short: { nb: 'KU-forskriften 21.6.2017 nr. 854', nn: 'KU-forskrifta 21.6.2017 nr. 854' },
  },
  privatforslag: {
    title: 'Forskrift om behandling av private forslag til detaljregulering etter plan- og bygningsloven',
    reference: 'FOR-2017-12-08-1950',
    short: { nb: 'forskrift 8.12.2017 nr. 1950', nn: 'forskrift 8.12.2017 nr. 1950' },
  },
} as const satisfies Record<string, { title: string; reference: string; short: Localized }>;
export type LawId = keyof typeof laws;

/** One section of a law (or a whole regulation, `section: null`) that a template cites. */
export interface LegalReference {
  law: LawId;
  /** The section number as cited, e.g. "12-8"; null for the regulation as a whole. */
  section: string | null;
  /** The section's official heading (as on lovdata.no). */
  title: string;
  /**
   * `checked`: number and heading checked against the law as it stands and against
   * ../shared/domain/planprosess.md. `unverified`: could not be checked against the current text;
   * the board's note asks people to check it (see `note`).
   */
  status: 'checked' | 'unverified';
  note?: string;
}

/**
 * Every legal reference made by a template, once. Templates cite entries by id (`cite('pbl-5-6')`),
 * and a test reads every text of every template and fails on a § it cannot find here.
 */
export const legalReferences = {
  'pbl-1-9': { law: 'pbl', section: '1-9', title: 'Forholdet til forvaltningsloven. Klage', status: 'checked' },
  'pbl-3-3': {
    law: 'pbl',
    section: '3-3',
    title: 'Kommunens planleggingsoppgaver og planleggingsmyndighet',
    status: 'checked',
    note: 'Tredje ledd: ordningen for barn og unges interesser.',
  },
  'pbl-4-1': { law: 'pbl', section: '4-1', title: 'Planprogram', status: 'checked' },
  'pbl-5-3': { law: 'pbl', section: '5-3', title: 'Regionalt planforum', status: 'checked' },
  'pbl-5-4': { law: 'pbl', section: '5-4', title: 'Innsigelse til planforslag', status: 'checked', note: 'Hvem som kan fremme innsigelse; ikke mekling.' },
  'pbl-5-6': { law: 'pbl', section: '5-6', title: 'Mekling', status: 'checked' },
  'pbl-10-1': { law: 'pbl', section: '10-1', title: 'Kommunal planstrategi', status: 'checked' },
  'pbl-11-14': { law: 'pbl', section: '11-14', title: 'Høring og offentlig ettersyn', status: 'checked' },
  'pbl-11-16': { law: 'pbl', section: '11-16', title: 'Innsigelse til kommuneplanens arealdel', status: 'checked' },
  'pbl-12-3': { law: 'pbl', section: '12-3', title: 'Detaljregulering', status: 'checked', note: 'Kravet om fagkyndige står i tredje ledd.' },
  'pbl-12-8': { law: 'pbl', section: '12-8', title: 'Oppstart av reguleringsplanarbeid', status: 'checked' },
  'pbl-12-10': { law: 'pbl', section: '12-10', title: 'Høring og offentlig ettersyn av reguleringsplanforslag', status: 'checked' },
  'pbl-12-11': { law: 'pbl', section: '12-11', title: 'Behandling av reguleringsplanforslag', status: 'checked' },
  'pbl-12-12': { law: 'pbl', section: '12-12', title: 'Vedtak av reguleringsplan', status: 'checked' },
  'pbl-12-13': { law: 'pbl', section: '12-13', title: 'Innsigelse til reguleringsplan', status: 'checked' },
  'pbl-12-14': { law: 'pbl', section: '12-14', title: 'Endring og oppheving av reguleringsplan', status: 'checked' },
  'fvl-29': { law: 'fvl', section: '29', title: 'Klagefrist', status: 'checked' },
  'offl-3': { law: 'offl', section: '3', title: 'Hovudregel', status: 'checked', note: 'Innsyn: det digitale rommet er ikke unntatt.' },
  'ku-6': {
    law: 'ku',
    section: '6',
    title: 'Planer og tiltak som alltid skal konsekvensutredes og ha planprogram eller melding',
    status: 'unverified',
    note: 'Heading as in planprosess.md sources and the 2017 text; not checked against later amendments.',
  },
  'ku-8': {
    law: 'ku',
    section: '8',
    title: 'Planer og tiltak som skal konsekvensutredes hvis de kan få vesentlige virkninger for miljø eller samfunn',
    status: 'unverified',
    note: 'Heading as in the 2017 text; not checked against later amendments.',
  },
  privatforslag: {
    law: 'privatforslag',
    section: null,
    title: 'Forskrift om behandling av private forslag til detaljregulering etter plan- og bygningsloven',
    status: 'checked',
    note: 'Cited as a whole: § 1 lists what a planinitiativ must contain.',
  },
} as const satisfies Record<string, LegalReference>;
export type LegalReferenceId = keyof typeof legalReferences;

/** The entry for a law and section as cited ("pbl", "5-6"), or null when the list has none. */
export function findLegalReference(law: LawId, section: string | null): LegalReferenceId | null {
  for (const [id, entry] of Object.entries(legalReferences) as Array<[LegalReferenceId, LegalReference]>) {
    if (entry.law === law && entry.section === section) return id;
  }
  return null;
}
