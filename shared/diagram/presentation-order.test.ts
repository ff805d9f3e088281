import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { diagramDocumentSchema, emptyDiagram } from './diagram-document';
import { diagramMaps, readDiagram, readPresentationOrder, replaceDiagram, writePresentationOrder } from './diagram-ydoc';

describe('the slide order in the diagram format', () => {
  it('accepts files without it (older files) and with it', () => {
    expect(diagramDocumentSchema.safeParse(emptyDiagram('planprosess')).success).toBe(true);
    const withOrder = { ...emptyDiagram('planprosess'), presentation: { order: ['phase:vedtak', 'phase:oppstart'] } };
    expect(diagramDocumentSchema.parse(withOrder).presentation).toEqual({ order: ['phase:vedtak', 'phase:oppstart'] });
    expect(diagramDocumentSchema.safeParse({ ...withOrder, presentation: { order: 'phase:vedtak' } }).success).toBe(false);
    expect(diagramDocumentSchema.safeParse({ ...withOrder, presentation: { order: [], extra: 1 } }).success).toBe(false);
  });

  it('lives in the document meta, is exported only when set, and survives export and import', () => {
    const doc = new Y.Doc();
    replaceDiagram(doc, emptyDiagram('planprosess'));
    expect(readDiagram(doc)).not.toHaveProperty('presentation');
    expect(readPresentationOrder(doc)).toBeNull();

    writePresentationOrder(doc, ['phase:horing', 'phase:forarbeid']);
    const exported = readDiagram(doc);
    expect(exported.presentation).toEqual({ order: ['phase:horing', 'phase:forarbeid'] });

    const copy = new Y.Doc();
    replaceDiagram(copy, diagramDocumentSchema.parse(JSON.parse(JSON.stringify(exported))));
    expect(readPresentationOrder(copy)).toEqual(['phase:horing', 'phase:forarbeid']);

    // Restoring a version from before anyone ordered the slides takes the order away again.
    replaceDiagram(copy, emptyDiagram('planprosess'));
    expect(readPresentationOrder(copy)).toBeNull();
  });

  it('reads a malformed stored order as no order', () => {
    const doc = new Y.Doc();
    diagramMaps(doc).meta.set('presentationOrder', 'not a list');
    expect(readPresentationOrder(doc)).toBeNull();
    expect(diagramDocumentSchema.safeParse(readDiagram(doc)).success).toBe(true);
  });
});
