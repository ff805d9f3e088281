/**
 * Bokmål texts of templates: the gallery, the toolkit path on the region page, the facilitator
 * guide on a board and the region's own templates. The worksheets' own texts are template data
 * (shared/templates), not catalogue texts.
 */
export const templatesNb = {
  title: 'Maler for {{name}}',
  'nav-label': 'Maler',
  intro:
    'Arbeidsarkene fra «Oppstartsguide for regionalt plansamarbeid», klare til bruk i et møte. Velg ett, så lages en ny tavle med innholdet og en plass til hver kommune i samarbeidet.',
  'language-note': 'Tavlene lages på {{language}}, som er språket i samarbeidet.',
  'language-name': {
    nb: 'bokmål',
    nn: 'nynorsk',
  },
  'read-only': 'Du kan se malene, men bare koordinatorer og medlemmer kan lage tavler fra dem.',
  loading: 'Henter malene …',
  'guide-heading': 'Arbeidsarkene i veilederen',
  heading: {
    'felles-mal': 'Felles mål',
    'felles-regler': 'Felles regler',
    'apen-dialog': 'Åpen dialog',
    'lose-uenigheter': 'Løse uenigheter',
  },
  'heading-intro': {
    'felles-mal': 'Bli enige om hvorfor dere samarbeider, og hvem som påvirker planarbeidet.',
    'felles-regler': 'Avtal hvordan dere jobber sammen, og hvordan planprosessen skal gå.',
    'apen-dialog': 'Faste møteplasser, et felles digitalt rom og faglige tilbakemeldinger på hverandres saker.',
    'lose-uenigheter': 'Se tidlig hvor en uenighet står, og velg tiltak som tar ned konflikten.',
  },
  card: {
    purpose: 'Hva arket er til',
    when: 'Når i samarbeidet',
    duration: 'Tid',
    participants: 'Hvem bør være med',
    'variant-legend': 'Hvilken variant vil dere bruke?',
    use: 'Lag tavle fra malen',
    'use-named': 'Lag tavle fra malen «{{title}}»',
    creating: 'Lager tavla …',
    created: 'Tavla «{{title}}» er laget.',
  },
  preview: {
    alt: 'Forhåndsvisning av «{{title}}»: {{description}}.',
    areas: 'feltene {{list}}',
    lanes: 'banene {{list}}',
    'notes_one': '{{count}} lapp',
    'notes_other': '{{count}} lapper',
    'items_one': '{{count}} figur',
    'items_other': '{{count}} figurer',
    'connections_one': '{{count}} pil',
    'connections_other': '{{count}} piler',
    empty: 'en tom tavle',
  },
  path: {
    heading: 'Veien gjennom veilederen',
    intro:
      'Arbeidsarkene i den rekkefølgen veilederen foreslår. Merk et ark som avtalt når dere er enige, så ser alle i samarbeidet hva som er neste steg.',
    summary: '{{agreed}} av {{total}} arbeidsark er avtalt.',
    loading: 'Henter veien gjennom veilederen …',
    step: 'Steg {{number}}',
    status: {
      'not-started': 'Ikke startet',
      started: 'Startet',
      agreed: 'Avtalt',
    },
    next: 'Neste steg',
    'boards-label': 'Tavler fra arket:',
    'agreed-by': 'Avtalt {{date}} av {{name}}',
    'agreed-at': 'Avtalt {{date}}',
    mark: 'Vi er enige',
    'mark-hidden': 'om «{{title}}»',
    marked: '«{{title}}» er markert som avtalt.',
    unmarked: '«{{title}}» er ikke lenger markert som avtalt.',
    open: 'Se malen',
    'open-hidden': '«{{title}}» i malgalleriet',
  },
  'from-template': 'Fra mal',
  'gallery-link': 'Se alle malene',
  'create-hint': 'Vil du heller starte fra et arbeidsark i veilederen?',
  'create-link': 'Velg en mal',
} as const;
