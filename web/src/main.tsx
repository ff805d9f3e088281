// First: no module may parse with zod before it knows eval is not allowed here.
import './lib/zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { warmStart } from './app/warm-start';
import { initI18n } from './lib/i18n';
import { readChosenLanguage } from './lib/language-provider';
import { createQueryClient } from './lib/query-client';
// Designsystemet (its components' CSS, then the Digdir theme), before Planrom's own styles.
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme/digdir.css';
import './styles.css';
import './lib/designsystemet-behaviours';

initI18n(readChosenLanguage() ?? 'nb');

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const queryClient = createQueryClient();
// Not a top-level await: with one in the entry, the bundler moves every module the entry shares
// with a lazy chunk into chunks of their own (a lazy chunk must not wait on a suspended entry),
// four more requests on every page.
void warmStart(queryClient).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  ),
);
