import { z } from 'zod';

/**
 * The built files each kind of board's editor needs beyond what every page loads (its lazy chunk,
 * what that imports, their styles), written by the web build next to index.html and read by the
 * server, which names them in the board pages it serves so they load with the app's first scripts.
 */
export const boardEditorsFile = 'board-editors.json';

const editorFilesSchema = z.object({
  scripts: z.array(z.string().regex(/^\/[\w./-]+\.js$/)),
  styles: z.array(z.string().regex(/^\/[\w./-]+\.css$/)),
});

export const boardEditorFilesSchema = z.object({ diagram: editorFilesSchema, canvas: editorFilesSchema });

export type BoardEditorFiles = z.infer<typeof boardEditorFilesSchema>;
