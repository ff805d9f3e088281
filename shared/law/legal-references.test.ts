import { describe, expect, it } from 'vitest';
import { templates } from '../templates/index';
import { cite } from '../templates/cite';
import { findCitations } from './find-citations';
import { legalReferences, type LegalReference } from './legal-references';

/** Every string in a value, with where it is. */
function strings(value: unknown, path = ''): Array<{ path: string; text: string }> {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${path}.${index}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, child]) => strings(child, path ? `${path}.${key}` : key));
  return [];
}

describe('legal references', () => {
  it('every § a template cites, in either language, is in the list', () => {
    const unknown: string[] = [];
    let cited = 0;
    for (const template of templates) {
      for (const { path, text } of strings(template)) {
        for (const citation of findCitations(text)) {
          cited += 1;
          if (!citation.id) unknown.push(`${template.id} ${path}: «${citation.text}»`);
        }
      }
    }
    expect(unknown).toEqual([]);
    expect(cited).toBeGreaterThan(30);
  });

  it('mediation is cited as pbl § 5-6, and § 5-4 only where an objection is meant', () => {
    const process = templates.find((template) => template.id === 'en-felles-planprosess')!;
    const steps = process.variants.flatMap((variant) => (variant.content.kind === 'planprosess' ? variant.content.nodes : []));
    for (const step of steps) {
      if (step.kind !== 'step' || !step.legalRef) continue;
      const ids = findCitations(step.legalRef.nb).map((citation) => citation.id);
      if (/mekling/i.test(step.title.nb)) expect(ids).toContain('pbl-5-6');
      if (ids.includes('pbl-5-4')) expect(step.title.nb).toMatch(/innsigelse/i);
    }
  });

  it('finds citations the list does not have, and a § with no law named', () => {
    expect(findCitations('Se pbl § 5-7 og forvaltningsloven § 28.').map((c) => c.id)).toEqual([null, null]);
    expect(findCitations('(§ 12-13)').map((c) => c.id)).toEqual([null]);
    expect(findCitations('pbl §§ 5-4 og 5-6').map((c) => c.id)).toEqual(['pbl-5-4', 'pbl-5-6']);
    expect(findCitations('KU-forskrifta 21.6.2017 nr. 854 §§ 6 og 8').map((c) => c.id)).toEqual(['ku-6', 'ku-8']);
    expect(findCitations('forskrift 8.12.2017 nr. 1950').map((c) => c.id)).toEqual(['privatforslag']);
  });

  it('writes citations from the list in both languages', () => {
    expect(cite('pbl-1-9', 'fvl-29')).toEqual({ nb: 'pbl § 1-9; forvaltningsloven § 29', nn: 'pbl § 1-9; forvaltningslova § 29' });
    expect(cite('pbl-5-4', 'pbl-5-6').nb).toBe('pbl §§ 5-4 og 5-6');
    expect(cite('pbl-4-1', 'ku-6', 'ku-8').nn).toBe('pbl § 4-1; KU-forskrifta 21.6.2017 nr. 854 §§ 6 og 8');
  });

  it('every entry has its official heading, and says whether it was checked', () => {
    for (const entry of Object.values(legalReferences) as LegalReference[]) {
      expect(entry.title.trim().length).toBeGreaterThan(3);
      if (entry.status === 'unverified') expect(entry.note).toBeTruthy();
    }
    expect(legalReferences['pbl-5-6'].title).toBe('Mekling');
  });
});
