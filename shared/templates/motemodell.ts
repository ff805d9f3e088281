import { noteGrid } from './canvas/canvas-helpers';
import { loc, type Localized } from './localized';
import type { CanvasTemplateInput } from './template-types';

/**
 * Suggested meeting arenas (../shared/domain/motemodell.md): purpose, participants and rhythm. The
 * rhythm is the notes' suggested default for a new cooperation, to be adapted.
 */
const arenas: Localized[] = [
  loc(
    'Arbeidsmøte\nFormål: Følge opp felles oppgaver og plansaker.\nHvem: Planleggere fra alle kommunene.\nRytme: Annenhver uke.',
    'Arbeidsmøte\nFormål: Følgje opp felles oppgåver og plansaker.\nKven: Planleggjarar frå alle kommunane.\nRytme: Annakvar veke.',
  ),
  loc(
    'Faglig planvurdering\nFormål: Gi hverandre faglige tilbakemeldinger på en konkret sak.\nHvem: Planleggere. Én kommune legger fram.\nRytme: Hver måned.',
    'Fagleg planvurdering\nFormål: Gi kvarandre faglege tilbakemeldingar på ei konkret sak.\nKven: Planleggjarar. Éin kommune legg fram.\nRytme: Kvar månad.',
  ),
  loc(
    'Ledermøte\nFormål: Styre samarbeidet, prioritere og følge opp det dere har avtalt.\nHvem: Planledere, og kommunedirektører ved behov.\nRytme: Hvert kvartal.',
    'Leiarmøte\nFormål: Styre samarbeidet, prioritere og følgje opp det de har avtalt.\nKven: Planleiarar, og kommunedirektørar ved behov.\nRytme: Kvart kvartal.',
  ),
  loc(
    'Fagdag\nFormål: Lære sammen om ett tema i dybden.\nHvem: Alle i plannettverket, gjerne med fylkeskommunen og statsforvalteren.\nRytme: To ganger i året.',
    'Fagdag\nFormål: Lære saman om eitt tema i djupna.\nKven: Alle i plannettverket, gjerne med fylkeskommunen og statsforvaltaren.\nRytme: To gonger i året.',
  ),
  loc(
    'Regionalt planforum (pbl § 5-3)\nFormål: Avklare planer tidlig med regionale og statlige myndigheter.\nHvem: Fylkeskommunen leder. Statlige etater og kommunen som har saken.\nRytme: Etter fylkeskommunens møteplan. Store planer tas gjerne opp to ganger: ved planprogram og før offentlig ettersyn.',
    'Regionalt planforum (pbl § 5-3)\nFormål: Avklare planar tidleg med regionale og statlege styresmakter.\nKven: Fylkeskommunen leier. Statlege etatar og kommunen som har saka.\nRytme: Etter møteplanen til fylkeskommunen. Store planar blir gjerne tekne opp to gonger: ved planprogram og før offentleg ettersyn.',
  ),
  loc(
    'Fokusmøte\nFormål: Gå i dybden på ett tema eller én sak.\nHvem: De som temaet gjelder.\nRytme: Ved behov.',
    'Fokusmøte\nFormål: Gå i djupna på eitt tema eller éi sak.\nKven: Dei som temaet gjeld.\nRytme: Ved behov.',
  ),
];

/**
 * The twelve months of the annual wheel (årshjul), January first, with the meetings the suggested
 * rhythm places there beyond the monthly ones, and the holidays that need longer consultation
 * periods (planprosess.md: add time over holidays).
 */
const months: Localized[] = [
  loc('Januar\nLedermøte: prioriteringer for året', 'Januar\nLeiarmøte: prioriteringar for året'),
  loc('Februar', 'Februar'),
  loc('Mars\nFagdag', 'Mars\nFagdag'),
  loc('April\nLedermøte\nPåske: legg til tid på høringsfrister', 'April\nLeiarmøte\nPåske: legg til tid på høyringsfristar'),
  loc('Mai', 'Mai'),
  loc('Juni', 'Juni'),
  loc('Juli\nFerie: legg til tid på høringsfrister', 'Juli\nFerie: legg til tid på høyringsfristar'),
  loc('August', 'August'),
  loc('September\nLedermøte', 'September\nLeiarmøte'),
  loc('Oktober\nFagdag', 'Oktober\nFagdag'),
  loc('November\nLedermøte: evaluer året og sett datoer for neste år', 'November\nLeiarmøte: evaluer året og set datoar for neste år'),
  loc('Desember\nJul og nyttår: legg til tid på høringsfrister', 'Desember\nJul og nyttår: legg til tid på høyringsfristar'),
];

/** The wheel's centre and the radius the month boxes sit on, inside the wheel's frame. */
const wheel = { cx: 740, cy: 780, radius: 560, monthW: 250, monthH: 140 } as const;

/**
 * "Møtemodell" (Åpen dialog): meeting arenas with purpose, participants and rhythm; an annual
 * wheel with a box per month placing the arenas over the year; who is responsible.
 */
export const motemodell: CanvasTemplateInput = {
  id: 'motemodell',
  version: 2,
  kind: 'canvas',
  heading: 'apen-dialog',
  order: 5,
  principles: [4, 8],
  texts: {
    nb: {
      title: 'Møtemodell',
      purpose:
        'Sett opp faste møtearenaer med hvert sitt formål i planarbeidet, og en forutsigbar rytme gjennom året. Forslagene er et utgangspunkt – finn modellen som passer dere.',
      when: 'Når formålet og spillereglene er på plass. Gå gjennom møtemodellen hvert år, for eksempel når dere planlegger neste år.',
      duration: '1–1,5 timer',
      participants: 'Planledere og de som skal kalle inn og lede møtene. Gjerne fylkeskommunen, for å samordne med regionalt planforum.',
      facilitatorGuide: [
        'Målet for møtet: hvilke møter dere har, hvem som er med, hvor ofte de er, og når på året.',
        '1. Gå gjennom arenaene (20 min): Se på forslagene. Hvilke trenger dere? Stryk, endre eller legg til.',
        '2. Formål og deltakere (20 min): Skriv for hver arena hva den skal brukes til, og hvem som skal være med.',
        '3. Årshjulet (20 min): Flytt møtene inn i månedene. Legg inn faste datoer dere må ta hensyn til, som politiske møter og ferier.',
        '4. Ansvar (10 min): Avtal hvem som kaller inn, leder og skriver referat. Vertskapet kan gå på omgang.',
        '5. Avslutning (5 min): Legg datoene inn i kalenderne med en gang.',
      ].join('\n'),
    },
    nn: {
      title: 'Møtemodell',
      purpose:
        'Set opp faste møtearenaer med kvart sitt formål i planarbeidet, og ein føreseieleg rytme gjennom året. Forslaga er eit utgangspunkt – finn modellen som passar dykk.',
      when: 'Når formålet og spelereglane er på plass. Gå gjennom møtemodellen kvart år, til dømes når de planlegg neste år.',
      duration: '1–1,5 timar',
      participants: 'Planleiarar og dei som skal kalle inn og leie møta. Gjerne fylkeskommunen, for å samordne med regionalt planforum.',
      facilitatorGuide: [
        'Målet for møtet: kva møte de har, kven som er med, kor ofte dei er, og når på året.',
        '1. Gå gjennom arenaene (20 min): Sjå på forslaga. Kva treng de? Stryk, endre eller legg til.',
        '2. Formål og deltakarar (20 min): Skriv for kvar arena kva han skal brukast til, og kven som skal vere med.',
        '3. Årshjulet (20 min): Flytt møta inn i månadene. Legg inn faste datoar de må ta omsyn til, som politiske møte og feriar.',
        '4. Ansvar (10 min): Avtal kven som kallar inn, leier og skriv referat. Vertskapet kan gå på omgang.',
        '5. Avslutning (5 min): Legg datoane inn i kalendrane med ein gong.',
      ].join('\n'),
    },
  },
  variants: [
    {
      id: 'standard',
      name: loc('Standard', 'Standard'),
      content: {
        kind: 'canvas',
        items: [
          { kind: 'text', key: 'tittel', x: 0, y: -240, size: 'xl', text: loc('Møtemodell', 'Møtemodell') },
          {
            kind: 'text',
            key: 'ingress',
            x: 0,
            y: -170,
            width: 2550,
            text: loc(
              'Forslag til møtearenaer og rytme. Endre dem så de passer dere, og plasser dem i årshjulet.',
              'Forslag til møtearenaer og rytme. Endre dei så dei passar dykk, og plasser dei i årshjulet.',
            ),
          },
          {
            kind: 'frame',
            key: 'arenaer',
            x: 0,
            y: 0,
            w: 1030,
            h: 1100,
            title: loc('Møtearenaer', 'Møtearenaer'),
            children: [
              {
                kind: 'text',
                key: 'arenaer-hjelp',
                x: 20,
                y: 20,
                width: 990,
                size: 's',
                text: loc(
                  'Dette er et forslag til rytme for et nytt samarbeid. Tilpass det til dere.',
                  'Dette er eit forslag til rytme for eit nytt samarbeid. Tilpass det til dykk.',
                ),
              },
              ...arenas.map((text, index) => ({
                kind: 'geo' as const,
                key: `arena-${index + 1}`,
                x: 20 + (index % 2) * 510,
                y: 80 + Math.floor(index / 2) * 340,
                w: 480,
                h: 310,
                color: 'light-blue' as const,
                fill: 'solid' as const,
                align: 'start' as const,
                verticalAlign: 'start' as const,
                text,
              })),
            ],
          },
          {
            kind: 'frame',
            key: 'ansvar',
            x: 0,
            y: 1200,
            w: 1030,
            h: 280,
            title: loc('Hvem har ansvaret?', 'Kven har ansvaret?'),
            children: noteGrid(
              'ansvar',
              [
                loc('Hvem kaller inn og setter opp sakslisten?', 'Kven kallar inn og set opp saklista?'),
                loc('Hvem leder møtet, og hvem skriver referat?', 'Kven leier møtet, og kven skriv referat?'),
                loc('Vertskapet kan gå på omgang mellom kommunene.', 'Vertskapet kan gå på omgang mellom kommunane.'),
                loc('Hvor legger vi referatene? Se «En digital struktur».', 'Kvar legg vi referata? Sjå «Ein digital struktur».'),
              ],
              { y: 40, columns: 4, color: 'light-blue' },
            ),
          },
          {
            kind: 'frame',
            key: 'arshjul',
            x: 1070,
            y: 0,
            w: 1480,
            h: 1500,
            title: loc('Årshjul', 'Årshjul'),
            children: [
              {
                kind: 'text',
                key: 'arshjul-hjelp',
                x: 20,
                y: 20,
                width: 1440,
                size: 's',
                text: loc(
                  'Flytt møtene dit de passer. Legg også inn faste datoer dere må ta hensyn til, som politiske møter og budsjettarbeid.',
                  'Flytt møta dit dei passar. Legg òg inn faste datoar de må ta omsyn til, som politiske møte og budsjettarbeid.',
                ),
              },
              {
                kind: 'geo',
                key: 'hjul',
                geo: 'ellipse',
                x: wheel.cx - 700,
                y: wheel.cy - 700,
                w: 1400,
                h: 1400,
                color: 'grey',
                dash: 'dashed',
              },
              {
                kind: 'geo',
                key: 'hjul-midt',
                geo: 'ellipse',
                x: wheel.cx - 210,
                y: wheel.cy - 210,
                w: 420,
                h: 420,
                color: 'blue',
                fill: 'solid',
                size: 'm',
                text: loc(
                  'Hver måned\n2 arbeidsmøter\n1 faglig planvurdering\n(ikke i juli)',
                  'Kvar månad\n2 arbeidsmøte\n1 fagleg planvurdering\n(ikkje i juli)',
                ),
              },
              ...months.map((text, index) => {
                // January just right of twelve o'clock, then clockwise.
                const angle = ((-75 + index * 30) * Math.PI) / 180;
                return {
                  kind: 'geo' as const,
                  key: `maned-${index + 1}`,
                  x: Math.round(wheel.cx + wheel.radius * Math.cos(angle) - wheel.monthW / 2),
                  y: Math.round(wheel.cy + wheel.radius * Math.sin(angle) - wheel.monthH / 2),
                  w: wheel.monthW,
                  h: wheel.monthH,
                  color: 'light-violet' as const,
                  fill: 'solid' as const,
                  text,
                };
              }),
            ],
          },
        ],
      },
    },
  ],
};
