import type { DiagramEdge, DiagramNode } from '../../../../../shared/diagram/diagram-document';
import type { ActorRelation } from '../../../../../shared/diagram/vocabulary';
import type { Selection } from '../model/selection';

/** What the toolbar, side panel, views and keyboard shortcuts can ask the editor to do. */
export interface EditorCommands {
  /**
   * Makes a node of a type, placed sensibly without moving anything, selects it and puts focus in
   * its first field. `after` makes a step after another, connected to it.
   * @returns the new node's id
   */
  createNode(type: DiagramNode['type'], options?: { after?: DiagramNode; data?: Partial<DiagramNode['data']>; select?: boolean }): string | null;
  connect(sourceId: string, targetId: string, type: DiagramEdge['type'], relation?: ActorRelation): void;
  select(selection: Selection): void;
  selectAll(): void;
  copy(): void;
  paste(): void;
  duplicate(): void;
  deleteSelection(): void;
  group(): void;
  ungroup(groupId: string): void;
  leaveGroup(nodeId: string): void;
  undo(): void;
  redo(): void;
  /**
   * Runs the automatic layout on what is shown. Nodes placed by hand stay where they are, unless
   * `full` (a full re-layout, which also forgets that they were placed by hand).
   */
  layout(full?: boolean): void;
  /** Shows the whole diagram (Shift+1, as on a canvas board). */
  showAll(): void;
  /** Tells screen reader users what just happened (polite live region). */
  announce(message: string): void;
}
