/** Bokmål texts of the board workspace: the slim bar, its menu, the floating panels and the meeting-room screen. */
export const workspaceNb = {
  bar: 'Tavla',
  menu: {
    open: 'Tavlemeny',
    label: 'Handlinger for tavla',
    language: 'Språk',
    'signed-in': 'Logget inn som {{name}}',
  },
  title: {
    rename: 'Gi nytt navn',
    'rename-label': 'Gi tavla «{{title}}» nytt navn',
    field: 'Navnet på tavla',
    save: 'Lagre navnet',
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
    hide: 'Skjul meldingen',
  },
  meeting: {
    collapse: 'Gjør møtelinja mindre',
    expand: 'Vis hele møtelinja',
    'vote-running': 'Stemming pågår',
    'round-running': 'Runde pågår',
  },
  diagram: {
    toolbar: 'Verktøy for diagrammet',
    more: 'Mer',
    keys: 'Hurtigtaster',
    'keys-close': 'Lukk hurtigtastene',
  },
  screen: {
    lost: 'Forbindelsen er brutt. Skjermen kobler til igjen av seg selv …',
    back: 'Forbindelsen er tilbake.',
  },
  slide: {
    controls: 'Lysbildekontroller',
  },
} as const;
