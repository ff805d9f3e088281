import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiagramNode } from '../../../../../../shared/diagram/diagram-document';
import { Dialog } from '../../../../components/ui/dialog';
import { NodeFields } from '../../components/node-fields';
import { nodeTitle } from '../../model/labels';
import type { NodeEditing } from './table-editing';
import { TableForm } from './table-form';

interface NodeDialogProps {
  editing: NodeEditing | null;
  /** Why the last submit was refused, or null. */
  error: string | null;
  lanes: string[];
  onChange: (editing: NodeEditing) => void;
  onSubmit: (event: FormEvent) => void;
  onClose: () => void;
}

/** The table view's dialog for adding or editing a node, with the node's own fields. */
export function NodeDialog({ editing, error, lanes, onChange, onSubmit, onClose }: NodeDialogProps) {
  const { t } = useTranslation();
  const title = editing
    ? editing.mode === 'add-node'
      ? t('diagram.table.add-title', { kind: t(`diagram.node-type.${editing.draft.type}`).toLocaleLowerCase('nb') })
      : t('diagram.table.edit-title', { title: nodeTitle(editing.draft, t) })
    : '';
  return (
    <Dialog open={editing !== null} title={title} onClose={onClose}>
      {editing ? (
        <TableForm
          error={error}
          submitLabel={editing.mode === 'add-node' ? t('diagram.table.add-submit') : t('common.save')}
          onSubmit={onSubmit}
          onCancel={onClose}
        >
          <NodeFields
            node={editing.draft}
            lanes={lanes}
            autoFocus
            onPatch={(patch) => onChange({ ...editing, draft: { ...editing.draft, data: { ...editing.draft.data, ...patch } } as DiagramNode })}
          />
        </TableForm>
      ) : null}
    </Dialog>
  );
}
