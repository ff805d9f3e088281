// @vitest-environment happy-dom
import { Extension, generateHTML, generateText, type JSONContent } from '@tiptap/core';
import { describe, expect, it, vi } from 'vitest';
import { renderHtmlFromRichTextForMeasurement, renderPlaintextFromRichText, tipTapDefaultExtensions, type Editor, type TLRichText } from 'tldraw';

/**
 * tldraw measures every note's label through TipTap's generateHTML, which builds the rich-text
 * schema from the extensions on each call: about half the time of opening a 2,000-note board.
 * patches/tldraw+*.patch builds it once per extensions list, and serializes every label in one
 * inert container instead of a new HTML document per label. These tests fail if an upgrade drops
 * the patch (the schema or a document is made per label again) or changes what it renders.
 */
describe('tldraw rich text (patched to build the TipTap schema once)', () => {
  const richText = (text: string): TLRichText => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

  /** The default extensions plus one that counts how often a schema is built from them. */
  function countingExtensions() {
    const built = { count: 0 };
    const counter = Extension.create({
      name: 'planromSchemaBuildCounter',
      addGlobalAttributes() {
        built.count += 1;
        return [];
      },
    });
    const extensions = [...tipTapDefaultExtensions, counter];
    const editor = { getTextOptions: () => ({ tipTapConfig: { extensions } }) } as unknown as Editor;
    return { built, editor };
  }

  it('builds the schema once for many labels, measured and as plain text', () => {
    const { built, editor } = countingExtensions();
    for (let i = 0; i < 200; i++) {
      renderHtmlFromRichTextForMeasurement(editor, richText(`Innspill ${i}`));
      renderPlaintextFromRichText(editor, richText(`Innspill ${i}`));
    }
    expect(built.count).toBe(1);
  });

  it('serializes many labels without a new HTML document for each', () => {
    const { editor } = countingExtensions();
    const documents = vi.spyOn(document.implementation, 'createHTMLDocument');
    try {
      const labels = Array.from({ length: 200 }, (_, i) => renderHtmlFromRichTextForMeasurement(editor, richText(`Merknad ${i}`)));
      expect(labels[199]).toBe('<div class="tl-rich-text"><p dir="auto">Merknad 199</p></div>');
      expect(documents.mock.calls.length).toBeLessThanOrEqual(1);
    } finally {
      documents.mockRestore();
    }
  });

  it('renders the same HTML and text as TipTap', () => {
    const { editor } = countingExtensions();
    const text: TLRichText = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Fet', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' og vanlig' },
          ],
        },
        { type: 'paragraph' },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Punkt' }] }] }] },
      ],
    };
    const html = generateHTML(text as JSONContent, tipTapDefaultExtensions).replace(/<p([^>]*)><\/p>/g, '<p$1><br /></p>');
    expect(renderHtmlFromRichTextForMeasurement(editor, text)).toBe(`<div class="tl-rich-text">${html}</div>`);
    expect(html).toContain('<strong>Fet</strong> og vanlig');
    expect(renderPlaintextFromRichText(editor, text)).toBe(generateText(text as JSONContent, tipTapDefaultExtensions, { blockSeparator: '\n' }));
  });
});
