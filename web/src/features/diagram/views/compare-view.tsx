import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adoptRows, adoptStep, compareVariants, type ProcessNode, type StepComparison, type StepStatus } from '../../../../../shared/diagram/compare-variants';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { ScrollRegion } from '../../../components/ui/scroll-region';
import type { DiagramSnapshot } from '../model/diagram-store';
import { nodeTitle } from '../model/labels';
import { localOrigin } from '../model/local-origin';
import type { DiagramSession } from '../sync/use-diagram-session';
import { sortVariants } from './variant-bar';

interface CompareViewProps {
  session: DiagramSession;
  snapshot: DiagramSnapshot;
  variantId: string | null;
  readOnly: boolean;
  announce: (message: string) => void;
  onVariant: (id: string) => void;
}

const statusMark: Record<StepStatus, string> = { same: '=', differs: '≠', missing: '−', extra: '+' };

/**
 * A municipality's way of running the process beside the common practice, step by step: the same,
 * different (and in which fields), missing or extra. Steps can be taken into the common practice
 * (or the common step into the municipality's variant) with one button each.
 */
export function CompareView({ session, snapshot, variantId, readOnly, announce, onVariant }: CompareViewProps) {
  const { t } = useTranslation();
  const selectId = useId();
  const common = snapshot.commonVariant;
  const others = sortVariants(snapshot.variants.filter((variant) => !variant.isCommon));
  const [pickedId, setPickedId] = useState<string | null>(null);
  const compared = others.find((variant) => variant.id === (pickedId ?? variantId)) ?? others[0] ?? null;
  // Steps without a variant belong to the common practice (as the diagram shows them).
  const nodes = useMemo(
    () =>
      common ? snapshot.nodes.map((node) => (node.variantId == null && node.type !== 'aktor' ? { ...node, variantId: common.id } : node)) : snapshot.nodes,
    [snapshot.nodes, common],
  );
  const rows = useMemo(() => (common && compared ? compareVariants(nodes, common.id, compared.id) : []), [nodes, common, compared]);

  if (!common || !compared) {
    return <EmptyState title={t('diagram.compare.empty-title')} text={t('diagram.compare.empty-text')} />;
  }

  const counts = Object.fromEntries(
    (['same', 'differs', 'missing', 'extra'] as const).map((status) => [status, rows.filter((row) => row.status === status).length]),
  ) as Record<StepStatus, number>;

  const adopt = (row: StepComparison, into: 'common' | 'variant') => {
    const step = into === 'common' ? row.variant : row.common;
    const target = into === 'common' ? common.id : compared.id;
    if (!step) return;
    session.doc.transact(() => adoptStep(session.doc, nodes, snapshot.edges, step, target, localOrigin), localOrigin);
    announce(
      into === 'common'
        ? t('diagram.compare.adopted', { title: nodeTitle(step, t) })
        : t('diagram.compare.copied-to-variant', { title: nodeTitle(step, t), name: compared.name }),
    );
  };

  /** Takes a whole column across: the municipality's into the common practice, or the common practice into the municipality's. */
  const adoptColumn = (into: 'common' | 'variant') => {
    const column = rows.filter((row) =>
      into === 'common' ? row.status === 'differs' || row.status === 'extra' : row.status === 'differs' || row.status === 'missing',
    );
    if (column.length === 0) {
      announce(t('diagram.compare.column-nothing'));
      return;
    }
    const count = adoptRows(session.doc, nodes, snapshot.edges, column, { common: common.id, variant: compared.id }, into, localOrigin);
    announce(t(into === 'common' ? 'diagram.compare.column-done-common' : 'diagram.compare.column-done-variant', { count, name: compared.name }));
  };

  const describe = (node: ProcessNode | null) => {
    if (!node) return <span className="muted">{t('diagram.compare.absent')}</span>;
    return (
      <>
        <strong>{nodeTitle(node, t)}</strong>
        <span className="diagram-compare__detail">
          {t(`diagram.phase.${node.data.phase}`)}
          {node.data.lane ? ` · ${node.data.lane}` : ''}
          {node.type === 'prosessteg' && node.data.legalRef ? ` · ${node.data.legalRef}` : ''}
          {node.type === 'prosessteg' && node.data.deadline ? ` · ${node.data.deadline}` : ''}
          {node.type === 'avklaringspunkt' && node.data.decidedBy ? ` · ${t('diagram.node.decided-by', { who: node.data.decidedBy })}` : ''}
        </span>
      </>
    );
  };

  return (
    <div className="diagram-compare">
      <h2>{t('diagram.compare.heading')}</h2>
      <p>{t('diagram.compare.intro')}</p>
      <div className="field diagram-variants__select">
        <label htmlFor={selectId} className="field__label">
          {t('diagram.compare.pick')}
        </label>
        <select
          id={selectId}
          className="field__input"
          value={compared.id}
          onChange={(event) => {
            setPickedId(event.target.value);
            onVariant(event.target.value);
          }}
        >
          {others.map((variant) => (
            <option key={variant.id} value={variant.id}>
              {variant.name}
            </option>
          ))}
        </select>
      </div>
      <p className="diagram-compare__summary" role="status">
        {t('diagram.compare.summary', {
          same: String(counts.same),
          differs: String(counts.differs),
          missing: String(counts.missing),
          extra: String(counts.extra),
        })}
      </p>
      {readOnly ? null : (
        <div className="diagram-compare__columns">
          <Button onClick={() => adoptColumn('common')}>{t('diagram.compare.column-to-common', { name: compared.name })}</Button>
          <Button onClick={() => adoptColumn('variant')}>{t('diagram.compare.column-to-variant', { name: compared.name })}</Button>
        </div>
      )}
      <ScrollRegion label={t('diagram.compare.caption', { name: compared.name })}>
        <table className="diagram-table diagram-compare__table">
          <caption className="visually-hidden">{t('diagram.compare.caption', { name: compared.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('diagram.compare.status')}</th>
              <th scope="col">{common.name}</th>
              <th scope="col">{compared.name}</th>
              <th scope="col">{t('diagram.compare.differences')}</th>
              {readOnly ? null : <th scope="col">{t('diagram.table.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const title = nodeTitle((row.variant ?? row.common)!, t);
              return (
                <tr key={`${row.common?.id ?? ''}:${row.variant?.id ?? ''}`} className={`diagram-compare__row diagram-compare__row--${row.status}`}>
                  <th scope="row">
                    <span aria-hidden="true" className="diagram-compare__mark">
                      {statusMark[row.status]}
                    </span>{' '}
                    {t(`diagram.compare.status-${row.status}`)}
                  </th>
                  <td>{describe(row.common)}</td>
                  <td>{describe(row.variant)}</td>
                  <td>{row.differences.map((field) => t(`diagram.compare.field.${field}`)).join(', ')}</td>
                  {readOnly ? null : (
                    <td className="diagram-table__actions">
                      {row.status === 'differs' || row.status === 'extra' ? (
                        <Button variant="quiet" onClick={() => adopt(row, 'common')} aria-label={t('diagram.compare.adopt', { title })}>
                          {t('diagram.compare.adopt-short')}
                        </Button>
                      ) : null}
                      {row.status === 'missing' || row.status === 'differs' ? (
                        <Button
                          variant="quiet"
                          onClick={() => adopt(row, 'variant')}
                          aria-label={t('diagram.compare.to-variant', { title: nodeTitle(row.common!, t), name: compared.name })}
                        >
                          {t('diagram.compare.to-variant-short', { name: compared.name })}
                        </Button>
                      ) : null}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
