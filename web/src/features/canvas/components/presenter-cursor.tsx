import { DefaultCursor, type TLCursorProps, type TLEditorComponents } from 'tldraw';
import { isCanvasPresenceOf } from '../../../../../shared/sync/person-ids';
import { usePresentedArea } from '../../../lib/presented-area';

/**
 * A pointer on the meeting-room screen: the presenter's only. Everyone else's is their own working
 * state, and on the wall only noise over what is being shown. Nobody presenting, no pointer.
 * Matched by account, or for a guest presenter by the canvas's id for their name (`isCanvasPresenceOf`):
 * someone who only shares the presenter's name puts no pointer there.
 */
function PresenterCursor(props: TLCursorProps) {
  const presenter = usePresentedArea()?.presenter;
  if (!presenter || !isCanvasPresenceOf(props.userId, presenter)) return null;
  return <DefaultCursor {...props} />;
}

/** tldraw's parts as the meeting-room screen draws them (made once: tldraw compares them by identity). */
export const screenComponents: TLEditorComponents = { CollaboratorCursor: PresenterCursor };
