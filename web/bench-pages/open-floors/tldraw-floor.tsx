import { createRoot } from 'react-dom/client';
import { Tldraw, type TLRecord, type TLStoreSnapshot } from 'tldraw';
import 'tldraw/tldraw.css';
import { tldrawAssetUrls } from '../../src/features/canvas/lib/tldraw-asset-urls';

/**
 * The canvas floor: a bare <Tldraw> that loads the document from a snapshot (the board's own
 * .tldr export, `?doc=<name>` under ./docs/), with nothing of Planrom's around it: the same
 * self-hosted assets and language, tldraw's own start view (top-left corner at 100 %).
 */
const name = new URLSearchParams(location.search).get('doc');
const file = (await (await fetch(`./docs/${name}.json`)).json()) as { schema: TLStoreSnapshot['schema']; records: TLRecord[] };
const snapshot: TLStoreSnapshot = {
  schema: file.schema,
  store: Object.fromEntries(file.records.map((record) => [record.id, record])) as TLStoreSnapshot['store'],
};

createRoot(document.getElementById('root')!).render(
  <div style={{ position: 'fixed', inset: 0 }}>
    <Tldraw snapshot={snapshot} assetUrls={tldrawAssetUrls} locale="no" />
  </div>,
);
