import type { Editor, TLFrameShape, TLShape } from 'tldraw';

/**
 * A frame someone makes gets a name in the board's language, «Ramme 3» (by how many frames the page
 * then has): tldraw shows a frame without a name as «Frame», in English, on the canvas and in what is
 * exported. Frames that come with a name (a worksheet's, a pasted one) keep theirs, and what others
 * make arrives named.
 * @param nameFor the name of the page's `number`th frame
 * @returns a function that stops it
 */
export function namedNewFrames(editor: Editor, nameFor: (number: number) => string): () => void {
  // Frames made together (duplicated, pasted) are not on the page yet when each is named.
  let madeInThisChange = 0;
  const stopNaming = editor.sideEffects.registerBeforeCreateHandler('shape', (shape, source) => {
    if (source !== 'user' || !isFrame(shape)) return shape;
    madeInThisChange += 1;
    if (shape.props.name.trim()) return shape;
    const number = editor.getCurrentPageShapes().filter(isFrame).length + madeInThisChange;
    return { ...shape, props: { ...shape.props, name: nameFor(number) } };
  });
  const stopCounting = editor.sideEffects.registerOperationCompleteHandler(() => void (madeInThisChange = 0));
  return () => {
    stopNaming();
    stopCounting();
  };
}

function isFrame(shape: TLShape): shape is TLFrameShape {
  return shape.type === 'frame';
}
