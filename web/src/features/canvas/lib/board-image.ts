import type { Editor } from 'tldraw';

/** The whole current page of a canvas as a JPEG (for the minutes), or null when it is empty. */
export async function canvasBoardImage(editor: Editor): Promise<{ dataUrl: string; width: number; height: number } | null> {
  const ids = [...editor.getCurrentPageShapeIds()];
  if (ids.length === 0) return null;
  const { blob, width, height } = await editor.toImage(ids, { format: 'jpeg', background: true, quality: 0.85, pixelRatio: 1 });
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
  return { dataUrl, width, height };
}
