// @vitest-environment happy-dom
import { createShapeId, type Editor, type TLFrameShape } from 'tldraw';
import { afterEach, describe, expect, it } from 'vitest';
import { headlessEditor } from './headless-editor';
import { namedNewFrames } from './new-frame-names';

describe('namedNewFrames', () => {
  let editor: Editor;
  afterEach(() => editor?.dispose());

  function newEditor() {
    editor = headlessEditor();
    namedNewFrames(editor, (number) => `Ramme ${number}`);
    return editor;
  }
  const nameOf = (id: string) => (editor.getShape(id as TLFrameShape['id']) as TLFrameShape).props.name;

  it('names the frames a person makes by how many the page then has, and keeps a name given', () => {
    newEditor();
    editor.createShapes([
      { id: createShapeId('a'), type: 'frame', x: 0, y: 0 },
      { id: createShapeId('b'), type: 'frame', x: 500, y: 0, props: { name: 'Mål' } },
      { id: createShapeId('c'), type: 'frame', x: 1000, y: 0 },
      { id: createShapeId('d'), type: 'geo', x: 1500, y: 0 },
    ]);
    expect([nameOf('shape:a'), nameOf('shape:b'), nameOf('shape:c')]).toEqual(['Ramme 1', 'Mål', 'Ramme 3']);
  });

  it('leaves what arrives from others as they made it', () => {
    newEditor();
    const frame = { ...editor.getShapeUtil('frame').getDefaultProps() };
    editor.store.mergeRemoteChanges(() =>
      editor.store.put([
        {
          id: createShapeId('e'),
          typeName: 'shape',
          type: 'frame',
          x: 0,
          y: 0,
          rotation: 0,
          index: 'a1' as never,
          parentId: editor.getCurrentPageId(),
          isLocked: false,
          opacity: 1,
          meta: {},
          props: frame,
        } as TLFrameShape,
      ]),
    );
    expect(nameOf('shape:e')).toBe('');
  });
});
