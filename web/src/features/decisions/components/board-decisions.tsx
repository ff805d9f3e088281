import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../../../shared/schemas/decision';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { useToast } from '../../../components/ui/toast-provider';
import { useErrorText } from '../../../lib/use-error-text';
import { useBoardDecisions, useRemoveDecision } from '../api/use-decisions';
import { DecisionForm, type DecisionItem } from './decision-form';
import { DecisionEntry } from './decision-entry';
import '../decisions.css';

interface BoardDecisionsProps {
  boardId: string;
  regionId: string;
  /** Editors mark decisions; everyone who sees the board sees them. */
  canEdit: boolean;
  /** The items one can mark: canvas notes and frames, or diagram nodes, with their text. */
  listItems: () => DecisionItem[];
  /** The item selected in the editor now, offered first. */
  selectedItemId?: () => string | null;
}

/**
 * "Vedtak" on a board: a button with the number of decisions, opening the list of them and, for
 * editors, a form to mark an item as a decision (text, day, who agreed), change it or take it back.
 */
export function BoardDecisions({ boardId, regionId, canEdit, listItems, selectedItemId }: BoardDecisionsProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorText = useErrorText();
  const decisions = useBoardDecisions(boardId);
  const remove = useRemoveDecision(boardId, regionId);
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState<Decision | null>(null);
  const [items, setItems] = useState<DecisionItem[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const count = decisions.data?.length ?? 0;

  const openDialog = () => {
    setItems(listItems());
    setSelected(selectedItemId?.() ?? null);
    setEditing(null);
    setOpen(true);
  };

  return (
    <div className="board-decisions">
      <Button variant="quiet" onClick={openDialog}>
        {count > 0 ? t('decisions.button-count', { count }) : t('decisions.button')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t('decisions.dialog-title')} description={t('decisions.intro')}>
        <h3>{t('decisions.list-heading')}</h3>
        {count === 0 ? (
          <p className="empty-note">{t('decisions.none')}</p>
        ) : (
          <ul className="decision-list">
            {decisions.data!.map((decision) => (
              <DecisionEntry key={decision.itemId} decision={decision}>
                {canEdit ? (
                  <div className="decision-entry__actions">
                    <Button variant="quiet" onClick={() => setEditing(decision)} aria-label={t('decisions.edit-named', { text: decision.text })}>
                      {t('decisions.edit')}
                    </Button>
                    <Button
                      variant="quiet"
                      aria-label={t('decisions.remove-named', { text: decision.text })}
                      onClick={() =>
                        remove.mutate(decision.itemId, {
                          onSuccess: () => toast.show({ message: t('decisions.removed') }),
                          onError: (error) => toast.show({ message: errorText(error), tone: 'error' }),
                        })
                      }
                    >
                      {t('decisions.remove')}
                    </Button>
                  </div>
                ) : null}
              </DecisionEntry>
            ))}
          </ul>
        )}
        {canEdit ? (
          <DecisionForm
            key={editing?.itemId ?? 'new'}
            boardId={boardId}
            regionId={regionId}
            items={items}
            editing={editing}
            initialItemId={editing?.itemId ?? selected}
            onSaved={() => setEditing(null)}
          />
        ) : null}
        <div className="form-actions">
          <Button onClick={() => setOpen(false)}>{t('common.close')}</Button>
        </div>
      </Dialog>
    </div>
  );
}
