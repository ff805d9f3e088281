import type { Catalogue } from '../catalogue';

/** Nynorsk texts of the board workspace: the slim bar, its menu, the floating panels and the meeting-room screen. */
export const workspaceNn: Catalogue['workspace'] = {
  bar: 'Tavla',
  menu: {
    open: 'Tavlemeny',
    label: 'Handlingar for tavla',
    language: 'Språk',
    'signed-in': 'Logga inn som {{name}}',
  },
  title: {
    rename: 'Gi nytt namn',
    'rename-label': 'Gi tavla «{{title}}» nytt namn',
    field: 'Namnet på tavla',
    save: 'Lagre namnet',
    cancel: 'Avbryt',
  },
  presence: {
    summary_one: '{{count}} her',
    summary_other: '{{count}} her',
  },
  panel: {
    close: 'Lukk',
    hide: 'Skjul panelet',
    show: 'Vis panelet',
  },
  notice: {
    hide: 'Skjul meldinga',
  },
  meeting: {
    collapse: 'Gjer møtelinja mindre',
    expand: 'Vis heile møtelinja',
    'vote-running': 'Røysting pågår',
    'round-running': 'Runde pågår',
  },
  diagram: {
    toolbar: 'Verktøy for diagrammet',
    more: 'Meir',
    keys: 'Snøggtastar',
    'keys-close': 'Lukk snøggtastane',
  },
  screen: {
    lost: 'Sambandet er brote. Skjermen koplar til att av seg sjølv …',
    back: 'Sambandet er tilbake.',
  },
  slide: {
    controls: 'Kontrollar for lysbileta',
  },
};
