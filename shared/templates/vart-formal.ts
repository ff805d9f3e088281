import { noteGrid } from './canvas/canvas-helpers';
import { loc } from './localized';
import type { CanvasTemplateInput } from './template-types';

/**
 * "Vårt formål" (Felles mål): the municipalities agree early on why they cooperate, what they want
 * to achieve together (about how they work together), how they will know it works, who is in, and
 * what each municipality commits to: one space per member, made from the region's members.
 */
export const vartFormal: CanvasTemplateInput = {
  id: 'vart-formal',
  version: 2,
  kind: 'canvas',
  heading: 'felles-mal',
  order: 1,
  principles: [1, 3],
  texts: {
    nb: {
      title: 'Vårt formål',
      purpose:
        'Bli enige om hvorfor dere samarbeider, hva dere vil oppnå sammen og hvordan dere ser at samarbeidet virker. Målene handler om hvordan kommunene jobber sammen, ikke om hva planene skal inneholde.',
      when: 'Tidlig, helst i et av de første møtene. Ta arket fram igjen når dere evaluerer samarbeidet.',
      duration: '1,5–2 timer',
      participants: 'Planledere og planleggere fra alle kommunene. Gjerne én fra kommuneledelsen.',
      facilitatorGuide: [
        'Målet for møtet: en felles formulering av formålet som alle kommunene kan stå bak.',
        '1. Innledning (10 min): Forklar at målene skal handle om hvordan dere jobber sammen, ikke om innholdet i planene.',
        '2. Hvorfor (20 min): Alle skriver egne lapper i feltet «Hvorfor samarbeider vi?». Les dem høyt og samle like lapper.',
        '3. Mål (30 min): Formuler to til fire mål i feltet «Hva vil vi oppnå sammen?». Spør for hvert mål: er det konkret nok til at vi ser om vi når det?',
        '4. Tegn på at vi lykkes (15 min): Bli enige om hva dere skal se etter, og hvem som følger med.',
        '5. Hvem er med (10 min): Avklar hvem som er med, og hva samarbeidet omfatter – og ikke omfatter.',
        '6. Forpliktelser (15 min): Hver kommune skriver i sin egen rute hva den bidrar med.',
        '7. Avslutning (10 min): Skriv det dere er enige om i feltet til høyre, med dato. Avtal når dere ser på formålet igjen.',
      ].join('\n'),
    },
    nn: {
      title: 'Vårt formål',
      purpose:
        'Bli samde om kvifor de samarbeider, kva de vil oppnå saman og korleis de ser at samarbeidet verkar. Måla handlar om korleis kommunane jobbar saman, ikkje om kva planane skal innehalde.',
      when: 'Tidleg, helst i eitt av dei første møta. Ta arket fram att når de evaluerer samarbeidet.',
      duration: '1,5–2 timar',
      participants: 'Planleiarar og planleggjarar frå alle kommunane. Gjerne éin frå kommuneleiinga.',
      facilitatorGuide: [
        'Målet for møtet: ei felles formulering av formålet som alle kommunane kan stå bak.',
        '1. Innleiing (10 min): Forklar at måla skal handle om korleis de jobbar saman, ikkje om innhaldet i planane.',
        '2. Kvifor (20 min): Alle skriv eigne lappar i feltet «Kvifor samarbeider vi?». Les dei høgt og samle like lappar.',
        '3. Mål (30 min): Formuler to til fire mål i feltet «Kva vil vi oppnå saman?». Spør for kvart mål: er det konkret nok til at vi ser om vi når det?',
        '4. Teikn på at vi lukkast (15 min): Bli samde om kva de skal sjå etter, og kven som følgjer med.',
        '5. Kven er med (10 min): Avklar kven som er med, og kva samarbeidet omfattar – og ikkje omfattar.',
        '6. Forpliktingar (15 min): Kvar kommune skriv i si eiga rute kva han bidreg med.',
        '7. Avslutning (10 min): Skriv det de er samde om i feltet til høgre, med dato. Avtal når de ser på formålet att.',
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
          { kind: 'text', key: 'tittel', x: 0, y: -240, text: loc('Vårt formål', 'Vårt formål'), size: 'xl' },
          {
            kind: 'text',
            key: 'ingress',
            x: 0,
            // Clear of the frames' names under it (frameNameRoom in canvas/canvas-content.ts).
            y: -170,
            width: 2240,
            text: loc(
              'Bli enige om hvorfor dere samarbeider og hva dere vil oppnå sammen. Skriv én tanke per lapp, flytt lappene og samle det dere er enige om til høyre.',
              'Bli samde om kvifor de samarbeider og kva de vil oppnå saman. Skriv éin tanke per lapp, flytt lappane og samle det de er samde om til høgre.',
            ),
          },
          {
            kind: 'frame',
            key: 'hvorfor',
            x: 0,
            y: 0,
            w: 720,
            h: 400,
            title: loc('Hvorfor samarbeider vi?', 'Kvifor samarbeider vi?'),
            children: noteGrid(
              'hvorfor',
              [
                loc(
                  'Hvilke oppgaver i planarbeidet løser vi bedre sammen enn hver for oss?',
                  'Kva oppgåver i planarbeidet løyser vi betre saman enn kvar for oss?',
                ),
                loc('Hva får hver kommune igjen for å være med?', 'Kva får kvar kommune att for å vere med?'),
                loc('Hva skjer hvis vi ikke samarbeider?', 'Kva skjer om vi ikkje samarbeider?'),
              ],
              { y: 40, color: 'light-blue' },
            ),
          },
          {
            kind: 'frame',
            key: 'mal',
            x: 760,
            y: 0,
            w: 720,
            h: 400,
            title: loc('Hva vil vi oppnå sammen?', 'Kva vil vi oppnå saman?'),
            children: [
              {
                kind: 'text',
                key: 'mal-hjelp',
                x: 20,
                y: 20,
                width: 680,
                size: 's',
                text: loc(
                  'Skriv mål om hvordan dere jobber sammen – ikke om hva planene skal inneholde.',
                  'Skriv mål om korleis de jobbar saman – ikkje om kva planane skal innehalde.',
                ),
              },
              ...noteGrid(
                'mal-eksempel',
                [
                  loc('Eksempel: Vi gir hverandre tilbakemelding på utkast innen to uker.', 'Døme: Vi gir kvarandre tilbakemelding på utkast innan to veker.'),
                  loc(
                    'Eksempel: Alle kommunene bruker samme mal for referat fra oppstartsmøter.',
                    'Døme: Alle kommunane bruker same mal for referat frå oppstartsmøte.',
                  ),
                ],
                { y: 80, color: 'grey' },
              ),
              {
                kind: 'note',
                key: 'mal-sporsmal',
                x: 480,
                y: 80,
                color: 'light-blue',
                text: loc('Er målet konkret nok til at vi kan se om vi når det?', 'Er målet konkret nok til at vi kan sjå om vi når det?'),
              },
            ],
          },
          {
            kind: 'frame',
            key: 'lykkes',
            x: 0,
            y: 500,
            w: 720,
            h: 400,
            title: loc('Hvordan vet vi at vi lykkes?', 'Korleis veit vi at vi lukkast?'),
            children: noteGrid(
              'lykkes',
              [
                loc('Hva vil vi se, høre eller kunne telle om ett år?', 'Kva vil vi sjå, høyre eller kunne telje om eitt år?'),
                loc('Hvem følger med, og når ser vi på det sammen?', 'Kven følgjer med, og når ser vi på det saman?'),
                loc('Eksempel: Færre planforslag må sendes tilbake fordi noe mangler.', 'Døme: Færre planforslag må sendast attende fordi noko manglar.'),
              ],
              { y: 40, color: 'light-blue' },
            ),
          },
          {
            kind: 'frame',
            key: 'grenser',
            x: 760,
            y: 500,
            w: 720,
            h: 400,
            // Short: tldraw cuts a frame's name that is wider than the frame on screen.
            title: loc('Hvem og hva er med?', 'Kven og kva er med?'),
            children: noteGrid(
              'grenser',
              [
                loc('Hvilke kommuner og fagfolk er med?', 'Kva kommunar og fagfolk er med?'),
                loc('Hvilke oppgaver hører til samarbeidet – og hvilke gjør det ikke?', 'Kva oppgåver høyrer til samarbeidet – og kva gjer det ikkje?'),
                loc('Hvem tar beslutninger på vegne av samarbeidet?', 'Kven tek avgjerder på vegner av samarbeidet?'),
              ],
              { y: 40, color: 'light-blue' },
            ),
          },
          {
            kind: 'frame',
            key: 'forpliktelser',
            x: 0,
            y: 1000,
            w: 2240,
            h: 440,
            title: loc('Dette forplikter hver kommune seg til', 'Dette forpliktar kvar kommune seg til'),
            children: [
              {
                kind: 'text',
                key: 'forpliktelser-hjelp',
                x: 20,
                y: 20,
                width: 2200,
                size: 's',
                text: loc(
                  'Én rute per kommune. Skriv hva dere bidrar med: tid, folk, oppgaver og hva dere deler.',
                  'Éi rute per kommune. Skriv kva de bidreg med: tid, folk, oppgåver og kva de deler.',
                ),
              },
              {
                kind: 'municipality-spaces',
                key: 'kommune',
                x: 20,
                // Room above each space, and between rows, for its name (frameNameRoom).
                y: 170,
                columns: 6,
                width: 280,
                height: 240,
                gap: 100,
                prompt: loc('Vi bidrar med …', 'Vi bidreg med …'),
                placeholders: 3,
                placeholderName: loc('Kommune', 'Kommune'),
              },
            ],
          },
          {
            kind: 'frame',
            key: 'enige',
            x: 1520,
            y: 0,
            w: 720,
            h: 900,
            color: 'green',
            title: loc('Dette er vi enige om', 'Dette er vi samde om'),
            children: [
              {
                kind: 'text',
                key: 'enige-hjelp',
                x: 20,
                y: 20,
                width: 680,
                size: 's',
                text: loc('Flytt hit formuleringene alle kommunene kan stå bak.', 'Flytt hit formuleringane alle kommunane kan stå bak.'),
              },
              {
                kind: 'note',
                key: 'enige-dato',
                x: 20,
                y: 80,
                color: 'light-green',
                text: loc('Dato vi ble enige:', 'Dato vi vart samde:'),
              },
            ],
          },
        ],
      },
    },
  ],
};
