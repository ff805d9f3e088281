import { describe, expect, it } from 'vitest';
import { i18n, initI18n } from '../../../lib/i18n';
import type { CanvasVersion } from '../../../../../shared/schemas/canvas';
import { versionHeading } from './version-title';

// The app's own catalogues, as the editors have them.
initI18n('nb');

const version = (kind: CanvasVersion['kind'], name: string | null) => ({ kind, name }) as CanvasVersion;

describe('the heading of a version’s preview', () => {
  it('is the version’s name when it has one', () => {
    expect(versionHeading(version('named', 'Før møtet 12. mars'), '6. desember 2026 kl. 03:50', i18n.getFixedT('nb'))).toBe('Før møtet 12. mars');
    expect(versionHeading(version('restored', 'Før møtet 12. mars'), '6. desember 2026 kl. 03:50', i18n.getFixedT('nn'))).toBe(
      'Gjenoppretta: Før møtet 12. mars',
    );
  });

  it('is the date of a version saved without a name', () => {
    expect(versionHeading(version('checkpoint', null), '6. desember 2026 kl. 03:50', i18n.getFixedT('nb'))).toBe('Versjonen fra 6. desember 2026 kl. 03:50');
    expect(versionHeading(version('before-restore', null), '6. desember 2026 kl. 03:50', i18n.getFixedT('nn'))).toBe(
      'Versjonen frå 6. desember 2026 kl. 03:50',
    );
  });
});
