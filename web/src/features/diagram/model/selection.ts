/** What this person has selected in the diagram: node and edge ids. Local state, shared only as presence. */
export interface Selection {
  nodes: Set<string>;
  edges: Set<string>;
}

/** One shared empty selection, so clearing it does not make a new object each time. */
export const emptySelection: Selection = { nodes: new Set(), edges: new Set() };
