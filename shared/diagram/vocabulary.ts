/**
 * The fixed vocabulary of Planrom diagrams: node and edge types, actor categories, relation
 * types and plan phases. Ids are stable (they are stored in documents and files); the words people
 * see come from the message catalogues (`diagram.category.<id>` and so on).
 */

/** What a diagram board is mainly used for; decides which extra views it offers. */
export const diagramTypes = ['aktorkart', 'planprosess', 'struktur'] as const;
export type DiagramType = (typeof diagramTypes)[number];

/**
 * Node types: an actor, a process step, a clarification point, a free note, a group; and for a
 * digital structure (`struktur`) a folder or channel, and a document.
 */
export const nodeTypes = ['aktor', 'prosessteg', 'avklaringspunkt', 'fritekst', 'gruppe', 'mappe', 'dokument'] as const;
export type DiagramNodeType = (typeof nodeTypes)[number];

/** Actor categories of "Regionens aktørkart" (../domain/aktorer.md). */
export const actorCategories = ['internt', 'regionalt', 'statlig', 'eksternt'] as const;
export type ActorCategory = (typeof actorCategories)[number];

/** Relation types between actors (../domain/aktorer.md). */
export const actorRelations = ['samarbeider-med', 'avhengig-av', 'informerer', 'godkjenner', 'kan-fremme-innsigelse', 'potensiell-konflikt'] as const;
export type ActorRelation = (typeof actorRelations)[number];

/**
 * Edge types. `relasjon` joins actors (its kind is in `data.relation`); `sekvens`, `alternativ` and
 * `tilbakelop` join the steps of a plan process: the normal order, an alternative path, and a loop
 * back to an earlier step; `inneholder` joins a folder to what it holds (digital structure).
 */
export const edgeTypes = ['relasjon', 'sekvens', 'alternativ', 'tilbakelop', 'inneholder'] as const;
export type DiagramEdgeType = (typeof edgeTypes)[number];
export const processEdgeTypes = ['sekvens', 'alternativ', 'tilbakelop'] as const satisfies readonly DiagramEdgeType[];

/**
 * Phases of a plan process in their order (../domain/planprosess.md): plan processes are laid out
 * left to right by phase, and actors are marked with the phases they should take part in.
 */
export const planPhases = ['forarbeid', 'oppstart', 'planforslag', 'forstegangsbehandling', 'horing', 'vedtak', 'etter-vedtak'] as const;
export type PlanPhase = (typeof planPhases)[number];

/** Folders of a digital structure are folders, or channels (as in Teams). */
export const folderKinds = ['mappe', 'kanal'] as const;
export type FolderKind = (typeof folderKinds)[number];

/**
 * Status of a plan case's document: the plan status codes (Planstatus, PLANSTAT) of the national
 * plan data model, 1–8 in order; '' for none. The words come from `diagram.plan-status.<id>`.
 */
export const planStatuses = ['', '1', '2', '3', '4', '5', '6', '7', '8'] as const;
export type PlanStatus = (typeof planStatuses)[number];

/** Interest and influence are scored 1–5. */
export const scoreMin = 1;
export const scoreMax = 5;

/** Longest texts a diagram accepts, shared by forms, imports and the server. */
export const diagramLimits = {
  shortText: 200,
  lane: 120,
  legalRef: 120,
  longText: 4000,
  variantName: 120,
  /** A saved version's name. */
  versionLabel: 120,
  link: 2000,
  nodes: 5000,
  edges: 20000,
  variants: 100,
  /** Largest import file, in bytes. */
  importBytes: 4 * 1024 * 1024,
} as const;
