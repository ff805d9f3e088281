import { Button } from './button';
import { Dialog } from './dialog';
import { FormError } from './form-error';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  /** What will happen, in plain words. */
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  /** True while the action runs; a second press is ignored. */
  pending?: boolean;
  /** What went wrong, when the action failed. */
  error?: string | null;
}

/** Asks before something that cannot simply be undone. "Avbryt" has focus first, so Enter only cancels. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, title, text, confirmLabel, cancelLabel, onConfirm, onClose, pending = false, error = null } = props;
  return (
    <Dialog open={open} onClose={onClose} title={title} description={text}>
      <FormError message={error} />
      <div className="form-actions">
        <Button autoFocus onClick={onClose}>
          {cancelLabel}
        </Button>
        <Button
          variant="danger"
          aria-disabled={pending}
          onClick={() => {
            if (!pending) onConfirm();
          }}
        >
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
