import type { Catalogue } from '../catalogue';

/** Nynorsk texts of templates, typed against the bokmål ones. */
export const templatesNn: Catalogue['templates'] = {
  title: 'Malar for {{name}}',
  'nav-label': 'Malar',
  intro:
    'Arbeidsarka frå «Oppstartsguide for regionalt plansamarbeid», klare til bruk i eit møte. Vel eitt, så blir det laga ei ny tavle med innhaldet og ein plass til kvar kommune i samarbeidet.',
  'language-note': 'Tavlene blir laga på {{language}}, som er språket i samarbeidet.',
  'language-name': {
    nb: 'bokmål',
    nn: 'nynorsk',
  },
  'read-only': 'Du kan sjå malane, men berre koordinatorar og medlemmer kan lage tavler frå dei.',
  loading: 'Hentar malane …',
  'guide-heading': 'Arbeidsarka i rettleiaren',
  heading: {
    'felles-mal': 'Felles mål',
    'felles-regler': 'Felles reglar',
    'apen-dialog': 'Open dialog',
    'lose-uenigheter': 'Løyse usemjer',
  },
  'heading-intro': {
    'felles-mal': 'Bli samde om kvifor de samarbeider, og kven som påverkar planarbeidet.',
    'felles-regler': 'Avtal korleis de arbeider saman, og korleis planprosessen skal gå.',
    'apen-dialog': 'Faste møteplassar, eit felles digitalt rom og faglege tilbakemeldingar på sakene til kvarandre.',
    'lose-uenigheter': 'Sjå tidleg kvar ei usemje står, og vel tiltak som tek ned konflikten.',
  },
  card: {
    purpose: 'Kva arket er til',
    when: 'Når i samarbeidet',
    duration: 'Tid',
    participants: 'Kven bør vere med',
    'variant-legend': 'Kva variant vil de bruke?',
    use: 'Lag tavle frå malen',
    'use-named': 'Lag tavle frå malen «{{title}}»',
    creating: 'Lagar tavla …',
    created: 'Tavla «{{title}}» er laga.',
  },
  preview: {
    alt: 'Førehandsvising av «{{title}}»: {{description}}.',
    areas: 'felta {{list}}',
    lanes: 'banane {{list}}',
    'notes_one': '{{count}} lapp',
    'notes_other': '{{count}} lappar',
    'items_one': '{{count}} figur',
    'items_other': '{{count}} figurar',
    'connections_one': '{{count}} pil',
    'connections_other': '{{count}} piler',
    empty: 'ei tom tavle',
  },
  'from-template': 'Frå mal',
  'gallery-link': 'Sjå alle malane',
  'create-hint': 'Vil du heller starte frå eit arbeidsark i rettleiaren?',
  'create-link': 'Vel ein mal',
};
