import type { DiagramEdge, DiagramNode } from '../../../../../../shared/diagram/diagram-document';
import type { ActorRelation } from '../../../../../../shared/diagram/vocabulary';

/** A node being added or edited in the table view (the draft is saved on submit). */
export type NodeEditing = { mode: 'add-node'; draft: DiagramNode } | { mode: 'edit-node'; draft: DiagramNode };

/** A connection being added or edited in the table view. */
export type EdgeEditing =
  | { mode: 'add-edge'; source: string; target: string; type: DiagramEdge['type']; relation: ActorRelation; label: string }
  | { mode: 'edit-edge'; edge: DiagramEdge };

/** What the table view's dialog is editing. */
export type TableEditing = NodeEditing | EdgeEditing;
