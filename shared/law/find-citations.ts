import { findLegalReference, laws, type LawId, type LegalReferenceId } from './legal-references';

/** A citation found in a text: what it names, and the entry of the list when there is one. */
export interface Citation {
  /** The words cited, e.g. "pbl §§ 5-4 og 5-6". */
  text: string;
  law: LawId | null;
  section: string | null;
  id: LegalReferenceId | null;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Names a law is cited by, longest first so "KU-forskriften 21.6.2017 nr. 854" wins over "KU-forskriften". */
const otherNames: Array<[string, LawId]> = [
  ['plan- og bygningsloven', 'pbl'],
  ['plan- og bygningslova', 'pbl'],
  ['KU-forskriften', 'ku'],
  ['KU-forskrifta', 'ku'],
];
const lawNames: Array<[string, LawId]> = [
  ...(Object.entries(laws) as Array<[LawId, (typeof laws)[LawId]]>).flatMap(([id, law]): Array<[string, LawId]> => [
    [law.short.nb, id],
    [law.short.nn, id],
  ]),
  ...otherNames,
].sort((a, b) => b[0].length - a[0].length);
const lawOf = new Map(lawNames.map(([name, id]) => [name.toLowerCase(), id]));
const namePattern = lawNames.map(([name]) => escape(name)).join('|');
const sectionNumber = '\\d+(?:-\\d+)?';
/** A law's name, optionally followed by § or §§ and section numbers; or a § with no name before it. */
const citationPattern = new RegExp(
  `(?:(${namePattern})(?:\\s*(§§?)\\s*(${sectionNumber}(?:\\s*(?:,|og)\\s*${sectionNumber})*))?)|(§§?)\\s*(${sectionNumber})`,
  'gi',
);

/**
 * Every legal citation in a text, each section on its own. A § with no law named before it, or a
 * section the list does not have, comes back with `id: null`.
 * @example findCitations('pbl §§ 5-4 og 5-6') // two citations, ids 'pbl-5-4' and 'pbl-5-6'
 */
export function findCitations(text: string): Citation[] {
  const found: Citation[] = [];
  for (const match of text.matchAll(citationPattern)) {
    const [whole, name, , sections, bareMark, bareSection] = match;
    if (bareMark) {
      found.push({ text: whole, law: null, section: bareSection ?? null, id: null });
      continue;
    }
    const law = lawOf.get(String(name).toLowerCase()) ?? null;
    if (!law) continue;
    if (!sections) {
      // A law named without a section: only a regulation cited as a whole is a citation.
      if (law === 'privatforslag') found.push({ text: whole, law, section: null, id: findLegalReference(law, null) });
      continue;
    }
    for (const section of sections.split(/\s*(?:,|og)\s*/)) {
      found.push({ text: whole, law, section, id: findLegalReference(law, section) });
    }
  }
  return found;
}
