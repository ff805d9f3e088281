/**
 * What the canvas tells the person who just acted, said in the catalogue's words
 * (`canvas.spoken.*`) by `useCanvasVoice`.
 */
export type Spoken =
  | { said: 'note-in-view' | 'note-in-unnamed-frame' }
  | { said: 'note-in-frame'; frame: string }
  | { said: 'deleted-notes' | 'deleted-frames' | 'deleted-shapes'; count: number }
  | { said: 'undone' | 'redone' | 'nothing-to-undo' | 'nothing-to-redo' };
