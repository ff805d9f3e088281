// @vitest-environment happy-dom
import { PageRecordType, type Editor } from 'tldraw';
import { afterEach, describe, expect, it } from 'vitest';
import { headlessEditor } from './headless-editor';
import { markOwnPageNames, nameOnlyPageAfterBoard } from './page-name-follows-title';

describe('the only page named after the board', () => {
  let editor: Editor;
  afterEach(() => editor?.dispose());

  function newEditor() {
    editor = headlessEditor();
    markOwnPageNames(editor);
    return editor;
  }
  const pageName = () => editor.getPages()[0]!.name;

  it('takes the board’s title, again when the board is renamed, and is not something Undo takes back', () => {
    newEditor();
    nameOnlyPageAfterBoard(editor, 'Vårt formål');
    expect(pageName()).toBe('Vårt formål');
    nameOnlyPageAfterBoard(editor, 'Formålet for Lister');
    expect(pageName()).toBe('Formålet for Lister');
    expect(editor.getCanUndo()).toBe(false);
  });

  it('keeps a name someone gave the page in the page menu', () => {
    newEditor();
    nameOnlyPageAfterBoard(editor, 'Vårt formål');
    editor.renamePage(editor.getCurrentPageId(), 'Arbeidsflate');
    nameOnlyPageAfterBoard(editor, 'Formålet for Lister');
    expect(pageName()).toBe('Arbeidsflate');
  });

  it('leaves the pages of a board that has more than one', () => {
    newEditor();
    editor.createPage({ id: PageRecordType.createId('to'), name: 'Kart' });
    const before = editor.getPages().map((page) => page.name);
    nameOnlyPageAfterBoard(editor, 'Formålet for Lister');
    expect(editor.getPages().map((page) => page.name)).toEqual(before);
  });
});
