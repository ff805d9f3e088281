import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiagramNode } from '../../../../../../shared/diagram/diagram-document';
import { actorRelations, processEdgeTypes } from '../../../../../../shared/diagram/vocabulary';
import { Dialog } from '../../../../components/ui/dialog';
import { DraftText, SelectField } from '../../components/node-fields';
import { edgeChoices } from '../../components/side-panel';
import type { EdgeEditing } from './table-editing';
import { TableForm } from './table-form';

interface EdgeDialogProps {
  editing: EdgeEditing | null;
  /** Why the last submit was refused, or null. */
  error: string | null;
  byId: ReadonlyMap<string, DiagramNode>;
  /** The nodes a connection may start or end at, as choices. */
  endOptions: Array<{ value: string; label: string }>;
  onChange: (editing: EdgeEditing) => void;
  onSubmit: (event: FormEvent) => void;
  onClose: () => void;
}

/**
 * The table view's dialog for a connection: adding one (from, kind, to) or changing an existing
 * one's kind and label. Between actors the kind is a relation, otherwise a process edge type.
 */
export function EdgeDialog({ editing, error, byId, endOptions, onChange, onSubmit, onClose }: EdgeDialogProps) {
  const { t } = useTranslation();
  const relationOptions = actorRelations.map((value) => ({ value, label: t(`diagram.relation.${value}`) }));
  const edgeTypeOptions = processEdgeTypes.map((value) => ({ value, label: t(`diagram.edge-type.${value}`) }));
  return (
    <Dialog open={editing !== null} title={editing?.mode === 'add-edge' ? t('diagram.table.add-edge') : t('diagram.table.edit-edge')} onClose={onClose}>
      {editing?.mode === 'add-edge' ? (
        <TableForm error={error} submitLabel={t('diagram.panel.connect-submit')} onSubmit={onSubmit} onCancel={onClose}>
          <SelectField
            label={t('diagram.table.from')}
            value={editing.source}
            options={[{ value: '', label: t('diagram.panel.connect-choose') }, ...endOptions]}
            onChange={(source) => onChange({ ...editing, source })}
          />
          {edgeChoices(byId.get(editing.source), byId.get(editing.target)) === 'relation' ? (
            <SelectField
              label={t('diagram.field.relation')}
              value={editing.relation}
              options={relationOptions}
              onChange={(relation) => onChange({ ...editing, relation })}
            />
          ) : (
            <SelectField
              label={t('diagram.field.edge-type')}
              value={editing.type === 'relasjon' ? 'sekvens' : editing.type}
              options={edgeTypeOptions}
              onChange={(type) => onChange({ ...editing, type })}
            />
          )}
          <SelectField
            label={t('diagram.table.to')}
            value={editing.target}
            options={[{ value: '', label: t('diagram.panel.connect-choose') }, ...endOptions]}
            onChange={(target) => onChange({ ...editing, target })}
          />
        </TableForm>
      ) : editing?.mode === 'edit-edge' ? (
        <TableForm error={null} submitLabel={t('common.save')} onSubmit={onSubmit} onCancel={onClose}>
          {edgeChoices(byId.get(editing.edge.source), byId.get(editing.edge.target)) === 'relation' ? (
            <SelectField
              label={t('diagram.field.relation')}
              value={editing.edge.data.relation ?? 'samarbeider-med'}
              options={relationOptions}
              onChange={(relation) => onChange({ mode: 'edit-edge', edge: { ...editing.edge, type: 'relasjon', data: { ...editing.edge.data, relation } } })}
            />
          ) : (
            <SelectField
              label={t('diagram.field.edge-type')}
              value={editing.edge.type === 'relasjon' ? 'sekvens' : editing.edge.type}
              options={edgeTypeOptions}
              onChange={(type) => onChange({ mode: 'edit-edge', edge: { ...editing.edge, type } })}
            />
          )}
          <DraftText
            label={t('diagram.field.edge-label')}
            hint={t('diagram.field.edge-label-hint')}
            value={editing.edge.data.label}
            onCommit={(label) => onChange({ mode: 'edit-edge', edge: { ...editing.edge, data: { ...editing.edge.data, label } } })}
          />
        </TableForm>
      ) : null}
    </Dialog>
  );
}
