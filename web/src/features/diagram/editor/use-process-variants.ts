import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Municipality } from '../model/municipality';
import type { DiagramVariant } from '../../../../../shared/diagram/diagram-document';
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
  // boards that keep a variant per member. Its id is fixed, so two browsers make the same one.
  useEffect(() => {
    if (!isProcess || !everSynced || readOnly || !variants.some((variant) => variant.municipalityId)) return;
    const known = (name: string) => variants.some((variant) => variant.name.trim().toLowerCase() === name.trim().toLowerCase());
    const missing = municipalities.filter(
      (municipality) => !variants.some((variant) => variant.municipalityId === municipality.id) && !known(municipality.name),
    );
    if (missing.length === 0) return;
    session.doc.transact(() => {
      for (const municipality of missing)
        addVariant(session.doc, { id: `kommune-${municipality.id}`, name: municipality.name, municipalityId: municipality.id, isCommon: false });
    }, localOrigin);
    announce(t('diagram.variant.member-added', { names: missing.map((municipality) => municipality.name).join(', ') }));
  }, [isProcess, everSynced, readOnly, variants, municipalities, session.doc, t, announce]);
}
