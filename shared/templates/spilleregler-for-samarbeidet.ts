import { noteGrid } from './canvas/canvas-helpers';
import { loc } from './localized';
import type { CanvasTemplateInput } from './template-types';

/**
 * "Spilleregler for samarbeidet" (Felles regler): the four areas the guide names (sharing
 * information, feedback, disagreement, preparation) with prompts, a frame for the rules the group
 * agrees on, a graduated response when a rule is broken, and who follows up (Ostrom 2–5).
 */
export const spillereglerForSamarbeidet: CanvasTemplateInput = {
  id: 'spilleregler-for-samarbeidet',
  version: 2,
  kind: 'canvas',
  heading: 'felles-regler',
  order: 3,
  principles: [2, 3, 4, 5],
  texts: {
    nb: {
      title: 'Spilleregler for samarbeidet',
      purpose:
        'Bli enige om hvordan dere jobber sammen: hvordan dere deler informasjon, gir tilbakemeldinger, håndterer uenighet og forbereder dere. Tydelige regler gjør samarbeidet forutsigbart og trygt.',
      when: 'Når formålet er på plass, før dere tar fatt på felles saker. Se på reglene igjen etter et halvt år, eller når noe skurrer.',
      duration: '1,5 timer',
      participants: 'Alle som skal være med i det faste samarbeidet.',
      facilitatorGuide: [
        'Målet for møtet: en kort liste med regler som alle har vært med på å lage.',
        '1. Innledning (5 min): Minn om formålet. Reglene skal gjøre det lettere å nå det.',
        '2. Fire områder (40 min): Del dere i grupper, én per område. Svar på spørsmålene på lappene og skriv forslag til regler.',
        '3. Felles gjennomgang (25 min): Hver gruppe legger fram forslagene sine. Slå sammen og stryk til dere har få og tydelige regler. Skriv dem slik at alle kan se om de blir fulgt.',
        '4. Når en regel ikke blir fulgt (10 min): Bli enige om en reaksjon i trinn, fra en vennlig påminnelse og oppover.',
        '5. Oppfølging (10 min): Avtal hvem som følger med på at reglene virker, og når dere ser på dem igjen.',
      ].join('\n'),
    },
    nn: {
      title: 'Spelereglar for samarbeidet',
      purpose:
        'Bli samde om korleis de jobbar saman: korleis de deler informasjon, gir tilbakemeldingar, handterer usemje og førebur dykk. Tydelege reglar gjer samarbeidet føreseieleg og trygt.',
      when: 'Når formålet er på plass, før de tek til med felles saker. Sjå på reglane att etter eit halvt år, eller når noko skurrar.',
      duration: '1,5 timar',
      participants: 'Alle som skal vere med i det faste samarbeidet.',
      facilitatorGuide: [
        'Målet for møtet: ei kort liste med reglar som alle har vore med på å lage.',
        '1. Innleiing (5 min): Minn om formålet. Reglane skal gjere det lettare å nå det.',
        '2. Fire område (40 min): Del dykk i grupper, éi per område. Svar på spørsmåla på lappane og skriv forslag til reglar.',
        '3. Felles gjennomgang (25 min): Kvar gruppe legg fram forslaga sine. Slå saman og stryk til de har få og tydelege reglar. Skriv dei slik at alle kan sjå om dei blir følgde.',
        '4. Når ein regel ikkje blir følgd (10 min): Bli samde om ein reaksjon i trinn, frå ei venleg påminning og oppover.',
        '5. Oppfølging (10 min): Avtal kven som følgjer med på at reglane verkar, og når de ser på dei att.',
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
          { kind: 'text', key: 'tittel', x: 0, y: -240, size: 'xl', text: loc('Spilleregler for samarbeidet', 'Spelereglar for samarbeidet') },
          {
            kind: 'text',
            key: 'ingress',
            x: 0,
            y: -170,
            width: 2240,
            text: loc(
              'Svar på spørsmålene i de fire feltene, skriv forslag til regler og flytt dem dere blir enige om til feltet «Våre spilleregler».',
              'Svar på spørsmåla i dei fire felta, skriv forslag til reglar og flytt dei de blir samde om til feltet «Spelereglane våre».',
            ),
          },
          {
            kind: 'frame',
            key: 'informasjon',
            x: 0,
            y: 0,
            w: 720,
            h: 400,
            title: loc('Informasjonsdeling', 'Informasjonsdeling'),
            children: noteGrid(
              'informasjon',
              [
                loc('Hva deler vi med hverandre, og når?', 'Kva deler vi med kvarandre, og når?'),
                loc('Hvor legger vi dokumenter og status, så alle finner dem?', 'Kvar legg vi dokument og status, så alle finn dei?'),
                loc('Hva er internt, og hva kan deles videre?', 'Kva er internt, og kva kan delast vidare?'),
              ],
              { y: 40, color: 'light-blue' },
            ),
          },
          {
            kind: 'frame',
            key: 'tilbakemeldinger',
            x: 760,
            y: 0,
            w: 720,
            h: 400,
            title: loc('Tilbakemeldinger', 'Tilbakemeldingar'),
            children: noteGrid(
              'tilbakemeldinger',
              [
                loc('Hvordan gir vi tilbakemeldinger som er ærlige og nyttige?', 'Korleis gir vi tilbakemeldingar som er ærlege og nyttige?'),
                loc('Hvor raskt svarer vi når noen ber om innspill?', 'Kor raskt svarar vi når nokon ber om innspel?'),
                loc('Hvordan tar vi imot kritikk av egne saker?', 'Korleis tek vi imot kritikk av eigne saker?'),
              ],
              { y: 40, color: 'light-blue' },
            ),
          },
          {
            kind: 'frame',
            key: 'uenighet',
            x: 0,
            y: 500,
            w: 720,
            h: 400,
            title: loc('Uenighet', 'Usemje'),
            children: noteGrid(
              'uenighet',
              [
                loc('Hvordan sier vi fra når vi er uenige?', 'Korleis seier vi frå når vi er usamde?'),
                loc('Når tar vi en uenighet videre, og til hvem?', 'Når tek vi ei usemje vidare, og til kven?'),
                loc('Bruk Konfliktkompasset når en uenighet begynner å låse seg.', 'Bruk Konfliktkompasset når ei usemje byrjar å låse seg.'),
              ],
              { y: 40, color: 'light-blue' },
            ),
          },
          {
            kind: 'frame',
            key: 'forberedelser',
            x: 760,
            y: 500,
            w: 720,
            h: 400,
            title: loc('Forberedelser', 'Førebuingar'),
            children: noteGrid(
              'forberedelser',
              [
                loc('Hva skal være lest og gjort før et møte?', 'Kva skal vere lese og gjort før eit møte?'),
                loc('Når sender vi ut saksliste og dokumenter?', 'Når sender vi ut sakliste og dokument?'),
                loc('Hva gjør vi hvis noen ikke har rukket å forberede seg?', 'Kva gjer vi om nokon ikkje har rokke å førebu seg?'),
              ],
              { y: 40, color: 'light-blue' },
            ),
          },
          {
            kind: 'frame',
            key: 'regler',
            x: 1520,
            y: 0,
            w: 720,
            h: 900,
            color: 'green',
            title: loc('Våre spilleregler', 'Spelereglane våre'),
            children: [
              {
                kind: 'text',
                key: 'regler-hjelp',
                x: 20,
                y: 20,
                width: 680,
                size: 's',
                text: loc(
                  'Flytt hit det dere blir enige om. Skriv hver regel som én setning alle kan følge.',
                  'Flytt hit det de blir samde om. Skriv kvar regel som éi setning alle kan følgje.',
                ),
              },
              ...noteGrid(
                'regler-eksempel',
                [
                  loc(
                    'Eksempel: Vi sender saksliste og dokumenter senest én uke før møtet.',
                    'Døme: Vi sender sakliste og dokument seinast éi veke før møtet.',
                  ),
                  loc('Eksempel: Vi kritiserer saken, ikke personen.', 'Døme: Vi kritiserer saka, ikkje personen.'),
                ],
                { y: 80, columns: 2, color: 'grey' },
              ),
            ],
          },
          {
            kind: 'frame',
            key: 'brudd',
            x: 0,
            y: 1000,
            w: 1480,
            h: 300,
            title: loc('Når en regel ikke blir fulgt', 'Når ein regel ikkje blir følgd'),
            children: [
              {
                kind: 'text',
                key: 'brudd-hjelp',
                x: 20,
                y: 20,
                width: 1440,
                size: 's',
                text: loc(
                  'Reaksjonen skal stå i forhold til hvor alvorlig bruddet er. Tilpass trinnene til dere.',
                  'Reaksjonen skal stå i forhold til kor alvorleg brotet er. Tilpass trinna til dykk.',
                ),
              },
              {
                kind: 'geo',
                key: 'brudd-1',
                x: 20,
                y: 100,
                w: 420,
                h: 160,
                color: 'light-green',
                fill: 'solid',
                text: loc('1. Vennlig påminnelse fra den som ser det', '1. Venleg påminning frå den som ser det'),
              },
              {
                kind: 'geo',
                key: 'brudd-2',
                x: 530,
                y: 100,
                w: 420,
                h: 160,
                color: 'yellow',
                fill: 'solid',
                text: loc('2. Samtale mellom kontaktpersonene i kommunene', '2. Samtale mellom kontaktpersonane i kommunane'),
              },
              {
                kind: 'geo',
                key: 'brudd-3',
                x: 1040,
                y: 100,
                w: 420,
                h: 160,
                color: 'orange',
                fill: 'solid',
                text: loc('3. Saken tas opp i ledermøtet', '3. Saka blir teken opp i leiarmøtet'),
              },
            ],
          },
          {
            kind: 'frame',
            key: 'oppfolging',
            x: 1520,
            y: 1000,
            w: 720,
            h: 300,
            title: loc('Oppfølging', 'Oppfølging'),
            children: noteGrid(
              'oppfolging',
              [
                loc('Hvem passer på at reglene blir fulgt?', 'Kven passar på at reglane blir følgde?'),
                loc('Når ser vi på reglene igjen?', 'Når ser vi på reglane att?'),
              ],
              { y: 40, columns: 2, color: 'light-blue' },
            ),
          },
          { kind: 'arrow', key: 'brudd-pil-1', from: 'brudd-1', to: 'brudd-2' },
          { kind: 'arrow', key: 'brudd-pil-2', from: 'brudd-2', to: 'brudd-3' },
        ],
      },
    },
  ],
};
