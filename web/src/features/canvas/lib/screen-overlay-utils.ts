import { CollaboratorBrushOverlayUtil, CollaboratorShapeIndicatorOverlayUtil } from 'tldraw';

/** tldraw's outline of the shapes someone else has selected, never drawn. */
class NoCollaboratorSelection extends CollaboratorShapeIndicatorOverlayUtil {
  override isActive(): boolean {
    return false;
  }
}

/** tldraw's box of someone else dragging to select, never drawn. */
class NoCollaboratorBrush extends CollaboratorBrushOverlayUtil {
  override isActive(): boolean {
    return false;
  }
}

/**
 * tldraw's overlays as the meeting-room screen draws them: the presenter's pointer (and laser)
 * helps the room follow, what they select is their own working state and only noise on the wall.
 * Each replaces tldraw's default of the same type.
 */
export const screenOverlayUtils = [NoCollaboratorSelection, NoCollaboratorBrush];
