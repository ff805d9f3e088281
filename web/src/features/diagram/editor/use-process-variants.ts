import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Municipality } from '../model/municipality';
import type { DiagramVariant } from '../../../../../shared/diagram/diagram-document';
import { missingMunicipalityVariants } from '../../../../../shared/diagram/municipality-variants';
import { addVariant } from '../model/diagram-actions';
import { localOrigin } from '../model/local-origin';
import type { DiagramSession } from '../sync/use-diagram-session';

/** The id of the common practice made automatically, the same in every browser (no duplicates). */
const commonVariantId = 'felles-praksis';

interface ProcessVariantInputs {
  session: DiagramSession;
  isProcess: boolean;
  everSynced: boolean;
  readOnly: boolean;
  variants: DiagramVariant[];
  municipalities: Municipality[];
  announce: (message: string) => void;
}

/** Keeps a plan process's variants complete: its common practice, and one per member municipality where the board keeps those. */
export function useProcessVariants({ session, isProcess, everSynced, readOnly, variants, municipalities, announce }: ProcessVariantInputs) {
  const { t } = useTranslation();

  // A plan process always has its common practice to work in.
  useEffect(() => {
    if (isProcess && everSynced && !readOnly && variants.length === 0) {
      addVariant(session.doc, { id: commonVariantId, name: t('diagram.variant.common'), municipalityId: null, isCommon: true });
    }
  }, [isProcess, everSynced, readOnly, variants.length, session.doc, t]);

  // A member municipality that joined after the board was made gets its own (empty) variant, on
  // boards that keep a variant per member.
  useEffect(() => {
    if (!isProcess || !everSynced || readOnly || !variants.some((variant) => variant.municipalityId)) return;
    const missing = missingMunicipalityVariants(variants, municipalities);
    if (missing.length === 0) return;
    session.doc.transact(() => {
      for (const variant of missing) addVariant(session.doc, variant);
    }, localOrigin);
    announce(t('diagram.variant.member-added', { names: missing.map((variant) => variant.name).join(', ') }));
  }, [isProcess, everSynced, readOnly, variants, municipalities, session.doc, t, announce]);
}
