import type { z } from 'zod';
import type { canvasFrameChildSchema, CanvasColor } from './canvas/canvas-content';
import { loc, type Localized } from './localized';
import type { CanvasTemplateInput } from './template-types';

type FrameChildInput = z.input<typeof canvasFrameChildSchema>;

/**
 * The Norwegian seven-step conflict ladder (../shared/domain/konflikttrappen.md): name, signs and
 * suggested measures per step, bottom (1) to top (7). The measures are guidance, not rules.
 */
const ladder: Array<{ name: Localized; signs: Localized; measures: Localized; color: CanvasColor }> = [
  {
    name: loc('1 Uoverensstemmelse', '1 Usemje om saka'),
    signs: loc('Dere er uenige om saken, men lytter fortsatt til hverandre.', 'De er usamde om saka, men lyttar framleis til kvarandre.'),
    measures: loc(
      'Partene løser det selv: snakk om fakta, og hold sak og person fra hverandre.',
      'Partane løyser det sjølve: snakk om fakta, og hald sak og person frå kvarandre.',
    ),
    color: 'green',
  },
  {
    name: loc('2 Personifisering', '2 Personifisering'),
    signs: loc('«Det er fordi du alltid …» Dere tviler på motivene til hverandre.', '«Det er fordi du alltid …» De tvilar på motiva til kvarandre.'),
    measures: loc(
      'Styr samtalen tilbake til saken. Lederen eller koordinatoren går inn.',
      'Styr samtalen attende til saka. Leiaren eller koordinatoren går inn.',
    ),
    color: 'yellow',
  },
  {
    name: loc('3 Problemet vokser', '3 Problemet veks'),
    signs: loc('Flere saker blir blandet inn, og mistilliten øker.', 'Fleire saker blir blanda inn, og mistilliten aukar.'),
    measures: loc('En ledet samtale med regler dere blir enige om på forhånd.', 'Ein leidd samtale med reglar de blir samde om på førehand.'),
    color: 'orange',
  },
  {
    name: loc('4 Samtalen stopper opp', '4 Samtalen stoppar opp'),
    signs: loc(
      'Dere snakker om hverandre, ikke med hverandre. Det dannes allianser.',
      'De snakkar om kvarandre, ikkje med kvarandre. Det blir danna alliansar.',
    ),
    measures: loc('Hent inn en nøytral tredjepart.', 'Hent inn ein nøytral tredjepart.'),
    color: 'orange',
  },
  {
    name: loc('5 Fiendebilder', '5 Fiendebilete'),
    signs: loc('Den andre parten blir sett på som en fiende.', 'Den andre parten blir sett på som ein fiende.'),
    measures: loc('Bruk en profesjonell mekler.', 'Bruk ein profesjonell meklar.'),
    color: 'light-red',
  },
  {
    name: loc('6 Åpen fiendtlighet', '6 Open fiendskap'),
    signs: loc('Fiendtlige ord og handlinger.', 'Fiendtlege ord og handlingar.'),
    measures: loc('Mekling eller en formell prosess.', 'Mekling eller ein formell prosess.'),
    color: 'red',
  },
  {
    name: loc('7 Polarisering', '7 Polarisering'),
    signs: loc('Partene kan ikke være i samme rom.', 'Partane kan ikkje vere i same rom.'),
    measures: loc('Formell eller rettslig behandling.', 'Formell eller rettsleg handsaming.'),
    color: 'red',
  },
];

const rowHeight = 120;
const rowTop = (step: number) => 70 + (ladder.length - step) * rowHeight;

/** Step n (1–7) as a box, its signs and its measures, in one row; step 1 at the bottom. */
const ladderRows: FrameChildInput[] = ladder.flatMap((step, index): FrameChildInput[] => {
  const n = index + 1;
  const y = rowTop(n);
  return [
    { kind: 'geo', key: `trinn-${n}`, x: 20 + index * 14, y, w: 340, h: 105, color: step.color, fill: 'solid', size: 'm', align: 'start', text: step.name },
    { kind: 'text', key: `tegn-${n}`, x: 470, y: y + 15, width: 340, size: 's', text: step.signs },
    { kind: 'text', key: `tiltak-${n}`, x: 840, y: y + 15, width: 340, size: 's', text: step.measures },
  ];
});

/** The statutory escalation path of a plan case, left to right. */
const formalPath: Localized[] = [
  loc('Tidlig dialog', 'Tidleg dialog'),
  loc('Regionalt planforum\n(pbl § 5-3, ingen mekling)', 'Regionalt planforum\n(pbl § 5-3, inga mekling)'),
  loc('Innsigelse\n(pbl § 5-4)', 'Motsegn\n(pbl § 5-4)'),
  loc('Mekling hos statsforvalteren\n(pbl § 5-6)', 'Mekling hos statsforvaltaren\n(pbl § 5-6)'),
  loc('Departementet avgjør\n(pbl § 12-13)', 'Departementet avgjer\n(pbl § 12-13)'),
];

/**
 * "Konfliktkompasset" (Løse uenigheter): the seven-step ladder with signs and measures, a marker
 * the group moves to where they judge a conflict to be, Glasl's nine stages in three levels, a
 * log of where the conflict was and when, the formal path of a plan case, and "what is the
 * problem really?" with room for the interests behind each party's position.
 */
export const konfliktkompasset: CanvasTemplateInput = {
  id: 'konfliktkompasset',
  version: 3,
  kind: 'canvas',
  heading: 'lose-uenigheter',
  order: 8,
  principles: [6],
  texts: {
    nb: {
      title: 'Konfliktkompasset',
      purpose:
        'Finn ut tidlig hvor på konflikttrappen en uenighet er, undersøk hva som egentlig er problemet, og velg tiltak som roer situasjonen. Kan brukes mellom kommunene og internt i én kommune.',
      when: 'Når dere merker at en uenighet begynner å låse seg – jo tidligere, jo bedre. Også nyttig som øvelse før det har oppstått en konflikt.',
      duration: '45–90 minutter',
      participants: 'De som er berørt av uenigheten, og en samtaleleder som ikke er part i saken.',
      facilitatorGuide: [
        'Snakk om saken, ikke om personene. Samtalelederen passer på tiden og ordet.',
        '1. Beskriv uenigheten (10 min): Hva dreier det seg om? Hvem er berørt?',
        '2. Hvor på trappen er vi? (15 min): Les tegnene trinn for trinn. Flytt markøren «Vi er her» dit dere mener konflikten står. Er dere uenige om trinnet, skriv ned begge syn.',
        '3. Hva er egentlig problemet? (20 min): Skriv standpunktet til hver part, og så interessene bak: hvorfor er dette viktig? Se etter felles interesser.',
        '4. Velg tiltak (15 min): Bruk forslagene ved trinnet dere er på. Fra trinn 2 trengs det som regel hjelp fra noen utenfor.',
        '5. Logg (5 min): Skriv dato og trinn i loggen, så ser dere utviklingen neste gang.',
        'Gjelder uenigheten en plansak, viser tavla den formelle veien nederst. Prøv å løse saken før den kommer dit.',
      ].join('\n'),
    },
    nn: {
      title: 'Konfliktkompasset',
      purpose:
        'Finn ut tidleg kvar på konflikttrappa ei usemje er, undersøk kva som eigentleg er problemet, og vel tiltak som roar situasjonen. Kan brukast mellom kommunane og internt i éin kommune.',
      when: 'Når de merkar at ei usemje byrjar å låse seg – di tidlegare, di betre. Òg nyttig som øving før det har oppstått ein konflikt.',
      duration: '45–90 minutt',
      participants: 'Dei som usemja gjeld, og ein samtaleleiar som ikkje er part i saka.',
      facilitatorGuide: [
        'Snakk om saka, ikkje om personane. Samtaleleiaren passar på tida og ordet.',
        '1. Beskriv usemja (10 min): Kva dreier det seg om? Kven gjeld det?',
        '2. Kvar på trappa er vi? (15 min): Les teikna trinn for trinn. Flytt markøren «Vi er her» dit de meiner konflikten står. Er de usamde om trinnet, skriv ned begge syna.',
        '3. Kva er eigentleg problemet? (20 min): Skriv standpunktet til kvar part, og så interessene bak: kvifor er dette viktig? Sjå etter felles interesser.',
        '4. Vel tiltak (15 min): Bruk forslaga ved trinnet de er på. Frå trinn 2 trengst det som regel hjelp frå nokon utanfor.',
        '5. Logg (5 min): Skriv dato og trinn i loggen, så ser de utviklinga neste gong.',
        'Gjeld usemja ei plansak, viser tavla den formelle vegen nedst. Prøv å løyse saka før ho kjem dit.',
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
          { kind: 'text', key: 'tittel', x: 0, y: -240, size: 'xl', text: loc('Konfliktkompasset', 'Konfliktkompasset') },
          {
            kind: 'text',
            key: 'ingress',
            x: 0,
            y: -170,
            width: 2440,
            text: loc(
              'Finn ut hvor uenigheten står, se etter hva den egentlig handler om, og velg tiltak som roer situasjonen.',
              'Finn ut kvar usemja står, sjå etter kva ho eigentleg handlar om, og vel tiltak som roar situasjonen.',
            ),
          },
          {
            kind: 'frame',
            key: 'trappen',
            x: 0,
            y: 0,
            w: 1200,
            h: 980,
            title: loc('Konflikttrappen: hvor er vi?', 'Konflikttrappa: kvar er vi?'),
            children: [
              { kind: 'text', key: 'trinn-overskrift', x: 20, y: 20, text: loc('Trinn', 'Trinn') },
              { kind: 'text', key: 'tegn-overskrift', x: 470, y: 20, text: loc('Tegn', 'Teikn') },
              { kind: 'text', key: 'tiltak-overskrift', x: 840, y: 20, text: loc('Forslag til tiltak', 'Forslag til tiltak') },
              ...ladderRows,
              {
                kind: 'text',
                key: 'trappen-merknad',
                x: 20,
                y: rowTop(1) + rowHeight,
                width: 1160,
                size: 's',
                text: loc(
                  'Tiltakene er forslag. Bare på trinn 1 løser partene vanligvis saken selv. Fra trinn 2 trengs det som regel hjelp fra andre.',
                  'Tiltaka er forslag. Berre på trinn 1 løyser partane vanlegvis saka sjølve. Frå trinn 2 trengst det som regel hjelp frå andre.',
                ),
              },
            ],
          },
          {
            kind: 'geo',
            key: 'markor',
            geo: 'ellipse',
            x: -240,
            y: rowTop(1) + 7,
            w: 200,
            h: 90,
            color: 'violet',
            fill: 'solid',
            size: 'm',
            text: loc('Vi er her', 'Vi er her'),
          },
          {
            kind: 'frame',
            key: 'glasl',
            x: 1240,
            y: 0,
            w: 560,
            h: 570,
            // Short: tldraw cuts a frame's name that is wider than the frame on screen (the levels are inside).
            title: loc('Glasls modell', 'Modellen til Glasl'),
            children: [
              {
                kind: 'text',
                key: 'glasl-hjelp',
                x: 20,
                y: 20,
                width: 520,
                size: 's',
                text: loc(
                  'Modellen under konflikttrappen. Hjelp utenfra etter trinn: 1–3 samtaleledelse, 3–5 prosessveiledning, 4–6 sosioterapeutisk prosessveiledning, 5–7 mekling, 6–8 voldgift eller domstol, 7–9 maktinngrep.',
                  'Modellen under konflikttrappa. Hjelp utanfrå etter trinn: 1–3 samtaleleiing, 3–5 prosessrettleiing, 4–6 sosioterapeutisk prosessrettleiing, 5–7 mekling, 6–8 voldgift eller domstol, 7–9 maktinngrep.',
                ),
              },
              {
                kind: 'geo',
                key: 'glasl-vinn-vinn',
                x: 20,
                y: 150,
                w: 520,
                h: 125,
                color: 'green',
                fill: 'solid',
                text: loc(
                  'Vinn–vinn (trinn 1–3)\n1 Frontene stivner · 2 Debatt · 3 Handling i stedet for ord',
                  'Vinn–vinn (trinn 1–3)\n1 Frontane stivnar · 2 Debatt · 3 Handling i staden for ord',
                ),
              },
              {
                kind: 'geo',
                key: 'glasl-vinn-tap',
                x: 20,
                y: 290,
                w: 520,
                h: 125,
                color: 'orange',
                fill: 'solid',
                text: loc(
                  'Vinn–tap (trinn 4–6)\n4 Fiendebilder og koalisjoner · 5 Ansiktstap · 6 Trusler',
                  'Vinn–tap (trinn 4–6)\n4 Fiendebilete og koalisjonar · 5 Andletstap · 6 Truslar',
                ),
              },
              {
                kind: 'geo',
                key: 'glasl-tap-tap',
                x: 20,
                y: 430,
                w: 520,
                h: 125,
                color: 'red',
                fill: 'solid',
                text: loc(
                  'Tap–tap (trinn 7–9)\n7 Begrensede ødeleggelser · 8 Oppsplitting · 9 Sammen i avgrunnen',
                  'Tap–tap (trinn 7–9)\n7 Avgrensa øydeleggingar · 8 Oppsplitting · 9 Saman i avgrunnen',
                ),
              },
            ],
          },
          {
            kind: 'frame',
            key: 'logg',
            x: 1240,
            y: 670,
            w: 560,
            h: 310,
            title: loc('Logg: hvor var vi, og når?', 'Logg: kvar var vi, og når?'),
            children: [
              {
                kind: 'text',
                key: 'logg-hjelp',
                x: 20,
                y: 20,
                width: 520,
                size: 's',
                text: loc(
                  'Skriv dato og trinn hver gang dere ser på konflikten, så ser dere utviklingen over tid.',
                  'Skriv dato og trinn kvar gong de ser på konflikten, så ser de utviklinga over tid.',
                ),
              },
              { kind: 'note', key: 'logg-1', x: 20, y: 100, color: 'light-violet', text: loc('Dato: …\nTrinn: …\nHvorfor: …', 'Dato: …\nTrinn: …\nKvifor: …') },
            ],
          },
          {
            kind: 'frame',
            key: 'plansak',
            x: 0,
            y: 1080,
            w: 2440,
            h: 260,
            title: loc('I plansaker: den formelle veien', 'I plansaker: den formelle vegen'),
            children: [
              ...formalPath.map((text, index) => ({
                kind: 'geo' as const,
                key: `formell-${index + 1}`,
                x: 20 + index * 460,
                y: 40,
                w: 340,
                h: 110,
                color: 'grey' as const,
                fill: 'solid' as const,
                text,
              })),
              {
                kind: 'text',
                key: 'plansak-merknad',
                x: 20,
                y: 170,
                width: 2400,
                size: 's',
                text: loc(
                  'Gjeldende praksis – kontroller mot gjeldende regelverk. Konfliktkompasset skal hjelpe dere å løse saken før den kommer hit.',
                  'Gjeldande praksis – kontroller mot gjeldande regelverk. Konfliktkompasset skal hjelpe dykk å løyse saka før ho kjem hit.',
                ),
              },
            ],
          },
          {
            kind: 'frame',
            key: 'problemet',
            x: 1840,
            y: 0,
            w: 600,
            h: 980,
            title: loc('Hva er egentlig problemet?', 'Kva er eigentleg problemet?'),
            children: [
              {
                kind: 'text',
                key: 'problemet-hjelp',
                x: 20,
                y: 20,
                width: 560,
                size: 's',
                text: loc(
                  'Et standpunkt er det en part sier at den vil ha. Interessene er hvorfor. Finn interessene bak standpunktene før dere velger tiltak.',
                  'Eit standpunkt er det ein part seier at han vil ha. Interessene er kvifor. Finn interessene bak standpunkta før de vel tiltak.',
                ),
              },
              { kind: 'text', key: 'part-a', x: 20, y: 120, text: loc('Part A', 'Part A') },
              { kind: 'text', key: 'part-b', x: 20, y: 390, text: loc('Part B', 'Part B') },
              { kind: 'text', key: 'felles', x: 20, y: 660, text: loc('Sammen', 'Saman') },
              {
                kind: 'note',
                key: 'a-standpunkt',
                x: 20,
                y: 170,
                color: 'light-blue',
                text: loc('Standpunkt: Hva vil part A ha?', 'Standpunkt: Kva vil part A ha?'),
              },
              {
                kind: 'note',
                key: 'a-interesser',
                x: 250,
                y: 170,
                color: 'light-blue',
                text: loc('Interesser: Hvorfor er det viktig for part A?', 'Interesser: Kvifor er det viktig for part A?'),
              },
              {
                kind: 'note',
                key: 'b-standpunkt',
                x: 20,
                y: 440,
                color: 'orange',
                text: loc('Standpunkt: Hva vil part B ha?', 'Standpunkt: Kva vil part B ha?'),
              },
              {
                kind: 'note',
                key: 'b-interesser',
                x: 250,
                y: 440,
                color: 'orange',
                text: loc('Interesser: Hvorfor er det viktig for part B?', 'Interesser: Kvifor er det viktig for part B?'),
              },
              {
                kind: 'note',
                key: 'felles-interesser',
                x: 20,
                y: 710,
                color: 'light-green',
                text: loc('Felles interesser: Hva vil begge ha?', 'Felles interesser: Kva vil begge ha?'),
              },
              {
                kind: 'note',
                key: 'losninger',
                x: 250,
                y: 710,
                color: 'light-green',
                text: loc('Mulige løsninger som tar hensyn til begge', 'Moglege løysingar som tek omsyn til begge'),
              },
            ],
          },
          ...[1, 2, 3, 4].map((from) => ({ kind: 'arrow' as const, key: `formell-pil-${from}`, from: `formell-${from}`, to: `formell-${from + 1}` })),
        ],
      },
    },
  ],
};
