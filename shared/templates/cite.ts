import { laws, legalReferences, type LegalReferenceId } from '../law/legal-references';
import type { Localized } from './localized';

/** A cited entry, optionally with where in the section ("første ledd"). */
export type CitePart = LegalReferenceId | { id: LegalReferenceId; detail: Localized };

/**
 * A legal reference written from the list in `shared/law`, in both languages: consecutive sections
 * of the same law are joined ("pbl §§ 5-4 og 5-6"), different laws separated by a semicolon.
 * @example cite('pbl-1-9', 'fvl-29') // { nb: 'pbl § 1-9; forvaltningsloven § 29', nn: 'pbl § 1-9; forvaltningslova § 29' }
 */
export function cite(...parts: CitePart[]): Localized {
  const entries = parts.map((part) => (typeof part === 'string' ? { id: part, detail: null } : part));
  const groups: Array<typeof entries> = [];
  for (const entry of entries) {
    const last = groups.at(-1);
    const previous = last?.at(-1);
    if (last && previous && !previous.detail && !entry.detail && legalReferences[previous.id].law === legalReferences[entry.id].law) last.push(entry);
    else groups.push([entry]);
  }
  const write = (language: keyof Localized) =>
    groups
      .map((group) => {
        const law = laws[legalReferences[group[0]!.id].law].short[language];
        const sections = group.map((entry): string | null => legalReferences[entry.id].section).filter((section): section is string => section !== null);
        const cited =
          sections.length === 0
            ? law
            : `${law} ${sections.length > 1 ? '§§' : '§'} ${sections.join(sections.length > 2 ? ', ' : ' og ').replace(/, ([^,]*)$/, ' og $1')}`;
        const detail = group[0]!.detail;
        return detail ? `${cited} ${detail[language]}` : cited;
      })
      .join('; ');
  return { nb: write('nb'), nn: write('nn') };
}
