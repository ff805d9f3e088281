import { DefaultCursor, type TLCursorProps, type TLEditorComponents } from 'tldraw';
import { usePresentedArea } from '../../../lib/presented-area';

/**
 * A pointer on the meeting-room screen: the presenter's only. Everyone else's is their own working
 * state, and on the wall only noise over what is being shown. Nobody presenting, no pointer.
 * tldraw names a guest's presence `guest:<name>` and the meeting another way, so the name counts too.
 */
function PresenterCursor(props: TLCursorProps) {
  const presenter = usePresentedArea()?.presenter;
  if (!presenter || (props.userId !== presenter.id && props.name !== presenter.name)) return null;
  return <DefaultCursor {...props} />;
}

/** tldraw's parts as the meeting-room screen draws them (made once: tldraw compares them by identity). */
export const screenComponents: TLEditorComponents = { CollaboratorCursor: PresenterCursor };
