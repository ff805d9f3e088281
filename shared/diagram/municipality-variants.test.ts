import { describe, expect, it } from 'vitest';
import { missingMunicipalityVariants } from './municipality-variants';

describe('missingMunicipalityVariants', () => {
  const common = { id: 'felles', name: 'Felles praksis', municipalityId: null, isCommon: true };
  const lund = { id: 'lund-variant', name: 'Lund', municipalityId: 'm-lund', isCommon: false };

  it('gives each member without a variant one, with an id made from the municipality', () => {
    expect(
      missingMunicipalityVariants(
        [common, lund],
        [
          { id: 'm-lund', name: 'Lund' },
          { id: 'm-sirdal', name: 'Sirdal' },
        ],
      ),
    ).toEqual([{ id: 'kommune-m-sirdal', name: 'Sirdal', municipalityId: 'm-sirdal', isCommon: false }]);
  });

  it('counts a variant named like the municipality as its own', () => {
    expect(missingMunicipalityVariants([common, { ...lund, municipalityId: null }], [{ id: 'm-lund', name: ' lund ' }])).toEqual([]);
  });
});
