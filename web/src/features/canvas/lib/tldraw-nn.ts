/** tldraw's interface strings in nynorsk, keyed as tldraw's own translations (filled in below). */
export const tldrawNynorsk: Record<string, string> = {};
