import type { MinutesBlock } from './minutes-document';

/** The minutes as a Word file (.docx), built with the `docx` library, loaded only when needed. */
export async function minutesDocx(blocks: MinutesBlock[], title: string): Promise<Blob> {
  const { Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } = await import('docx');
  const children = blocks.map((block) => {
    switch (block.kind) {
      case 'title':
        return new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(block.text)] });
      case 'fact':
        return new Paragraph({ children: [new TextRun(block.text)] });
      case 'heading':
        return new Paragraph({ heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [new TextRun(block.text)] });
      case 'paragraph':
        return new Paragraph({ children: [new TextRun(block.text)] });
      case 'bullet':
        return new Paragraph({ bullet: { level: 0 }, children: [new TextRun(block.text)] });
      case 'image': {
        // Word pages are about 600 points wide inside their margins.
        const scale = Math.min(1, 600 / block.image.width);
        const data = Uint8Array.from(atob(block.image.dataUrl.split(',')[1] ?? ''), (char) => char.charCodeAt(0));
        return new Paragraph({
          children: [
            new ImageRun({
              type: 'jpg',
              data,
              transformation: { width: Math.round(block.image.width * scale), height: Math.round(block.image.height * scale) },
            }),
          ],
        });
      }
    }
  });
  const document = new Document({ title, creator: 'Planrom', sections: [{ children }] });
  return Packer.toBlob(document);
}
