import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { adoptRows, compareVariants, copyVariantContent, processNodesOf, type StepComparison } from '../../../../../shared/diagram/compare-variants';
import type { DiagramEdge, DiagramNode, DiagramVariant } from '../../../../../shared/diagram/diagram-document';
import { newDiagramId } from '../../../../../shared/diagram/new-id';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { addVariant, deleteVariant } from '../model/diagram-actions';
import { nodeTitle } from '../model/labels';
import { localOrigin } from '../model/local-origin';
import type { DiagramSession } from '../sync/use-diagram-session';

interface VariantBarProps {
  session: DiagramSession;
  variants: DiagramVariant[];
  variantId: string | null;
  onVariant: (id: string) => void;
  municipalities: Array<{ id: string; name: string }>;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  readOnly: boolean;
  announce: (message: string) => void;
}

/** Sorts the common practice first, then municipalities by name. */
export function sortVariants(variants: DiagramVariant[]): DiagramVariant[] {
  return [...variants].sort((a, b) => Number(b.isCommon) - Number(a.isCommon) || a.name.localeCompare(b.name, 'nb'));
}

/**
 * Which variant of the plan process is shown (the common practice or a municipality's), and making
 * or removing a municipality's variant, by default as a copy of the common practice.
 */
export function VariantBar({ session, variants, variantId, onVariant, municipalities, nodes, edges, readOnly, announce }: VariantBarProps) {
  const { t } = useTranslation();
  const selectId = useId();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<DiagramVariant | null>(null);
  const [municipalityId, setMunicipalityId] = useState('');
  const [copyCommon, setCopyCommon] = useState(true);
  const sorted = sortVariants(variants);
  const current = variants.find((variant) => variant.id === variantId) ?? null;
  const common = variants.find((variant) => variant.isCommon) ?? null;
  const free = municipalities.filter((municipality) => !variants.some((variant) => variant.municipalityId === municipality.id));
  // Steps without a variant belong to the common practice (as the diagram shows them).
  const placed = useMemo(
    () => (common ? nodes.map((node) => (node.variantId == null && node.type !== 'aktor' ? { ...node, variantId: common.id } : node)) : nodes),
    [nodes, common],
  );
  const [updating, setUpdating] = useState(false);
  const ownSteps = current && !current.isCommon ? processNodesOf(placed, current.id).length : 0;
  const pending = useMemo(
    () =>
      common && current && !current.isCommon
        ? compareVariants(placed, common.id, current.id).filter((row) => row.status === 'missing' || row.status === 'differs')
        : [],
    [placed, common, current],
  );

  const startFromCommon = () => {
    if (!common || !current) return;
    const rows = compareVariants(placed, common.id, current.id).filter((row) => row.status === 'missing');
    adoptRows(session.doc, placed, edges, rows, { common: common.id, variant: current.id }, 'variant', localOrigin);
    announce(t('diagram.variant.started-common', { name: current.name }));
  };

  const create = (event: FormEvent) => {
    event.preventDefault();
    const municipality = free.find((m) => m.id === municipalityId);
    if (!municipality) return;
    const variant: DiagramVariant = { id: newDiagramId(), name: municipality.name, municipalityId: municipality.id, isCommon: false };
    session.doc.transact(() => {
      addVariant(session.doc, variant);
      if (copyCommon && common) copyVariantContent(session.doc, placed, edges, common.id, variant.id, localOrigin);
    }, localOrigin);
    setAdding(false);
    setMunicipalityId('');
    onVariant(variant.id);
    announce(t('diagram.variant.created', { name: variant.name }));
  };

  return (
    <div className="diagram-variants">
      <div className="field diagram-variants__select">
        <label htmlFor={selectId} className="field__label">
          {t('diagram.variant.label')}
        </label>
        <select id={selectId} className="field__input" value={variantId ?? ''} onChange={(event) => onVariant(event.target.value)}>
          {sorted.map((variant) => (
            <option key={variant.id} value={variant.id}>
              {/* Marked as the common one, unless its name says so already ("Felles praksis"). */}
              {variant.isCommon && !variant.name.toLocaleLowerCase('nb').includes(t('diagram.variant.common-word'))
                ? t('diagram.variant.common-option', { name: variant.name })
                : variant.name}
            </option>
          ))}
        </select>
      </div>
      {readOnly ? null : (
        <>
          <Button onClick={() => setAdding(true)} disabled={free.length === 0} title={free.length === 0 ? t('diagram.variant.none-free') : undefined}>
            {t('diagram.variant.add')}
          </Button>
          {current && !current.isCommon && common && ownSteps > 0 ? (
            <Button onClick={() => setUpdating(true)}>{t('diagram.variant.update-common')}</Button>
          ) : null}
          {current && !current.isCommon ? (
            <Button variant="danger" onClick={() => setRemoving(current)}>
              {t('diagram.variant.delete', { name: current.name })}
            </Button>
          ) : null}
        </>
      )}
      {!readOnly && current && !current.isCommon && common && ownSteps === 0 ? (
        <div className="diagram-variants__empty" role="note">
          <p>{t('diagram.variant.start-common-text', { name: current.name })}</p>
          <Button variant="primary" onClick={startFromCommon}>
            {t('diagram.variant.start-common')}
          </Button>
        </div>
      ) : null}
      {updating && current && common ? (
        <UpdateFromCommon
          name={current.name}
          rows={pending}
          onClose={() => setUpdating(false)}
          onAdopt={(rows) => {
            const count = adoptRows(session.doc, placed, edges, rows, { common: common.id, variant: current.id }, 'variant', localOrigin);
            announce(t('diagram.variant.updated', { count, name: current.name }));
            setUpdating(false);
          }}
        />
      ) : null}
      <Dialog open={adding} title={t('diagram.variant.add-title')} onClose={() => setAdding(false)}>
        <form className="form" onSubmit={create}>
          <div className="field">
            <label htmlFor={`${selectId}-municipality`} className="field__label">
              {t('diagram.variant.municipality')}
            </label>
            <select
              id={`${selectId}-municipality`}
              className="field__input"
              value={municipalityId}
              onChange={(event) => setMunicipalityId(event.target.value)}
              required
              autoFocus
            >
              <option value="">{t('diagram.panel.connect-choose')}</option>
              {free.map((municipality) => (
                <option key={municipality.id} value={municipality.id}>
                  {municipality.name}
                </option>
              ))}
            </select>
          </div>
          {common ? (
            <label className="diagram-check">
              <input type="checkbox" checked={copyCommon} onChange={(event) => setCopyCommon(event.target.checked)} /> {t('diagram.variant.copy-common')}
            </label>
          ) : null}
          <div className="form-actions">
            <Button type="submit" variant="primary" disabled={!municipalityId}>
              {t('diagram.variant.add-submit')}
            </Button>
            <Button onClick={() => setAdding(false)}>{t('common.cancel')}</Button>
          </div>
        </form>
      </Dialog>
      <Dialog
        open={removing !== null}
        title={t('diagram.variant.delete-title', { name: removing?.name ?? '' })}
        description={t('diagram.variant.delete-text')}
        onClose={() => setRemoving(null)}
      >
        <div className="form-actions">
          <Button
            variant="danger"
            onClick={() => {
              if (!removing) return;
              deleteVariant(session.doc, removing.id);
              announce(t('diagram.variant.deleted', { name: removing.name }));
              setRemoving(null);
              if (common) onVariant(common.id);
            }}
          >
            {t('diagram.variant.delete-confirm')}
          </Button>
          <Button onClick={() => setRemoving(null)}>{t('common.cancel')}</Button>
        </div>
      </Dialog>
    </div>
  );
}

/**
 * "Oppdater fra felles praksis": what the common practice has that the variant lacks or has
 * otherwise, each with a box (all ticked); the ticked ones are taken in as one change.
 */
function UpdateFromCommon({
  name,
  rows,
  onClose,
  onAdopt,
}: {
  name: string;
  rows: StepComparison[];
  onClose: () => void;
  onAdopt: (rows: StepComparison[]) => void;
}) {
  const { t } = useTranslation();
  // What the person left out, not what they chose: a change that arrives while the dialog is open
  // (someone edits the common practice meanwhile) is taken in like the others unless they say no.
  const [leftOut, setLeftOut] = useState<ReadonlySet<string>>(() => new Set());
  const picked = rows.filter((row) => !leftOut.has(row.key));
  return (
    <Dialog open title={t('diagram.variant.update-title', { name })} onClose={onClose}>
      {rows.length === 0 ? (
        <>
          <p>{t('diagram.variant.update-none')}</p>
          <div className="form-actions">
            <Button onClick={onClose}>{t('common.close')}</Button>
          </div>
        </>
      ) : (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            if (picked.length > 0) onAdopt(picked);
          }}
        >
          <p>{t('diagram.variant.update-intro', { name })}</p>
          <ul className="diagram-update-list">
            {rows.map((row) => {
              const title = nodeTitle(row.common!, t);
              return (
                <li key={row.key}>
                  <label className="diagram-check">
                    <input
                      type="checkbox"
                      checked={!leftOut.has(row.key)}
                      onChange={(event) =>
                        setLeftOut((current) => {
                          const next = new Set(current);
                          if (event.target.checked) next.delete(row.key);
                          else next.add(row.key);
                          return next;
                        })
                      }
                    />{' '}
                    {row.status === 'missing'
                      ? t('diagram.variant.update-missing', { title })
                      : t('diagram.variant.update-differs', { title, fields: row.differences.map((field) => t(`diagram.compare.field.${field}`)).join(', ') })}
                  </label>
                </li>
              );
            })}
          </ul>
          <div className="form-actions">
            <Button type="submit" variant="primary" disabled={picked.length === 0}>
              {t('diagram.variant.update-submit', { count: picked.length })}
            </Button>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
