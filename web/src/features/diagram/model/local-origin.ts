/**
 * The transaction origin of this browser's own edits. The undo manager tracks only this origin, so
 * "Angre" undoes your own changes and never someone else's.
 */
export const localOrigin = { name: 'planrom-local-edit' } as const;
