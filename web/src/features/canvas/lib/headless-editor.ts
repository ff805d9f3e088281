import { createTLStore, defaultBindingUtils, defaultShapeUtils, Editor } from 'tldraw';

/**
 * A tldraw editor with the default shapes and no interface, on the page's body: for unit tests
 * (happy-dom) of what Planrom adds to the editor. Dispose it after.
 */
export function headlessEditor(): Editor {
  const store = createTLStore({ shapeUtils: defaultShapeUtils, bindingUtils: defaultBindingUtils });
  return new Editor({ store, shapeUtils: defaultShapeUtils, bindingUtils: defaultBindingUtils, tools: [], getContainer: () => document.body });
}
