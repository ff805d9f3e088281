import { noteGrid } from './canvas/canvas-helpers';
import { loc, type Localized } from './localized';
import type { CanvasTemplateInput } from './template-types';

/** The rounds of a session, with suggested time boxes, drawn left to right and joined by arrows. */
const rounds: Localized[] = [
  loc('1. Presentasjon\n10 min', '1. Presentasjon\n10 min'),
  loc('2. Oppklarende spørsmål\n10 min', '2. Oppklarande spørsmål\n10 min'),
  loc('3. Faglige vurderinger\n15 min', '3. Faglege vurderingar\n15 min'),
  loc('4. Forbedringsforslag\n15 min', '4. Forbetringsforslag\n15 min'),
  loc('5. Oppsummering\n10 min', '5. Oppsummering\n10 min'),
];

/**
 * "Faglig planvurdering" (Åpen dialog): a peer panel. The presenting municipality fills in its
 * case; the others answer in three columns (clarifying questions, professional assessments,
 * improvement suggestions) in rounds with time boxes.
 */
export const fagligPlanvurdering: CanvasTemplateInput = {
  id: 'faglig-planvurdering',
  version: 2,
  kind: 'canvas',
  heading: 'apen-dialog',
  order: 7,
  principles: [6],
  texts: {
    nb: {
      title: 'Faglig planvurdering',
      purpose:
        'Et fagpanel for en konkret plansak. Én kommune legger fram en utfordring eller et utkast, og de andre gir raske og tydelige tilbakemeldinger: oppklarende spørsmål, faglige vurderinger og konkrete forbedringsforslag.',
      when: 'Når en sak står fast, er krevende eller trenger et blikk utenfra – helst tidlig, før saken blir mer sammensatt eller sendes videre. Gjerne fast hver måned.',
      duration: '1 time per sak',
      participants: 'Kommunen som legger fram saken, og planleggere fra de andre kommunene. En møteleder som holder tiden.',
      facilitatorGuide: [
        'Før møtet: Kommunen som legger fram, fyller ut feltet «Saken som legges fram» og legger inn kart og dokumenter.',
        '1. Presentasjon (10 min): Kommunen forteller om saken og hva den vil ha hjelp til.',
        '2. Oppklarende spørsmål (10 min): Panelet spør for å forstå saken. Ingen vurderinger ennå.',
        '3. Faglige vurderinger (15 min): Panelet skriver én vurdering per lapp og forklarer kort. Den som la fram, lytter og noterer.',
        '4. Forbedringsforslag (15 min): Panelet foreslår konkrete endringer, ett forslag per lapp.',
        '5. Oppsummering (10 min): Kommunen som la fram, sier hva den tar med seg videre. Skriv neste steg i feltet til høyre.',
        'Tidene er forslag. Møtelederen holder tiden og passer på at tilbakemeldingene handler om saken, ikke om personene.',
      ].join('\n'),
    },
    nn: {
      title: 'Fagleg planvurdering',
      purpose:
        'Eit fagpanel for ei konkret plansak. Éin kommune legg fram ei utfordring eller eit utkast, og dei andre gir raske og tydelege tilbakemeldingar: oppklarande spørsmål, faglege vurderingar og konkrete forbetringsforslag.',
      when: 'Når ei sak står fast, er krevjande eller treng eit blikk utanfrå – helst tidleg, før saka blir meir samansett eller blir send vidare. Gjerne fast kvar månad.',
      duration: '1 time per sak',
      participants: 'Kommunen som legg fram saka, og planleggjarar frå dei andre kommunane. Ein møteleiar som held tida.',
      facilitatorGuide: [
        'Før møtet: Kommunen som legg fram, fyller ut feltet «Saka som blir lagd fram» og legg inn kart og dokument.',
        '1. Presentasjon (10 min): Kommunen fortel om saka og kva han vil ha hjelp til.',
        '2. Oppklarande spørsmål (10 min): Panelet spør for å forstå saka. Ingen vurderingar enno.',
        '3. Faglege vurderingar (15 min): Panelet skriv éi vurdering per lapp og forklarer kort. Den som la fram, lyttar og noterer.',
        '4. Forbetringsforslag (15 min): Panelet føreslår konkrete endringar, eitt forslag per lapp.',
        '5. Oppsummering (10 min): Kommunen som la fram, seier kva han tek med seg vidare. Skriv neste steg i feltet til høgre.',
        'Tidene er forslag. Møteleiaren held tida og passar på at tilbakemeldingane handlar om saka, ikkje om personane.',
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
          { kind: 'text', key: 'tittel', x: 0, y: -240, size: 'xl', text: loc('Faglig planvurdering', 'Fagleg planvurdering') },
          {
            kind: 'text',
            key: 'ingress',
            x: 0,
            y: -170,
            width: 2200,
            text: loc(
              'Én kommune legger fram en sak. De andre gir tre slags tilbakemeldinger, én per lapp.',
              'Éin kommune legg fram ei sak. Dei andre gir tre slags tilbakemeldingar, éi per lapp.',
            ),
          },
          {
            kind: 'frame',
            key: 'saken',
            x: 0,
            y: 0,
            w: 1560,
            h: 460,
            title: loc('Saken som legges fram', 'Saka som blir lagd fram'),
            children: [
              ...noteGrid(
                'saken',
                [
                  loc('Kommune og plansak (gjerne med plan-ID)', 'Kommune og plansak (gjerne med plan-ID)'),
                  loc('Dette vil vi ha hjelp til', 'Dette vil vi ha hjelp til'),
                  loc('Bakgrunn og status i saken', 'Bakgrunn og status i saka'),
                ],
                { y: 40, color: 'light-blue' },
              ),
              {
                kind: 'geo',
                key: 'saken-kart',
                x: 720,
                y: 40,
                w: 820,
                h: 400,
                dash: 'dashed',
                color: 'grey',
                text: loc('Lim inn kart, skisser eller lenker her', 'Lim inn kart, skisser eller lenkjer her'),
              },
            ],
          },
          {
            kind: 'frame',
            key: 'runder',
            x: 0,
            y: 560,
            w: 1560,
            h: 260,
            title: loc('Rundene', 'Rundane'),
            children: [
              ...rounds.map((text, index) => ({
                kind: 'geo' as const,
                key: `runde-${index + 1}`,
                x: 20 + index * 310,
                y: 40,
                w: 250,
                h: 130,
                color: 'blue' as const,
                fill: 'solid' as const,
                size: 'm' as const,
                text,
              })),
              {
                kind: 'text',
                key: 'runder-hjelp',
                x: 20,
                y: 190,
                width: 1500,
                size: 's',
                text: loc(
                  'Tidene er forslag. Den som legger fram, lytter og noterer i runde 3 og 4.',
                  'Tidene er forslag. Den som legg fram, lyttar og noterer i runde 3 og 4.',
                ),
              },
            ],
          },
          {
            kind: 'frame',
            key: 'sporsmal',
            x: 0,
            y: 920,
            w: 500,
            h: 540,
            title: loc('Oppklarende spørsmål', 'Oppklarande spørsmål'),
            children: [
              {
                kind: 'text',
                key: 'sporsmal-hjelp',
                x: 20,
                y: 20,
                width: 460,
                size: 's',
                text: loc('Spørsmål for å forstå saken – ikke for å vurdere den.', 'Spørsmål for å forstå saka – ikkje for å vurdere henne.'),
              },
              ...noteGrid('sporsmal', [loc('Hva mener dere med …?', 'Kva meiner de med …?')], { y: 100, color: 'light-blue' }),
            ],
          },
          {
            kind: 'frame',
            key: 'vurderinger',
            x: 530,
            y: 920,
            w: 500,
            h: 540,
            title: loc('Faglige vurderinger', 'Faglege vurderingar'),
            children: [
              {
                kind: 'text',
                key: 'vurderinger-hjelp',
                x: 20,
                y: 20,
                width: 460,
                size: 's',
                text: loc(
                  'Hva er godt, og hva er krevende? Vis til lov, retningslinjer eller erfaring.',
                  'Kva er godt, og kva er krevjande? Vis til lov, retningsliner eller erfaring.',
                ),
              },
              ...noteGrid(
                'vurderinger',
                [loc('Dette er godt i forslaget', 'Dette er godt i forslaget'), loc('Dette kan bli krevende', 'Dette kan bli krevjande')],
                { y: 100, columns: 2, color: 'light-blue' },
              ),
            ],
          },
          {
            kind: 'frame',
            key: 'forslag',
            x: 1060,
            y: 920,
            w: 500,
            h: 540,
            title: loc('Forbedringsforslag', 'Forbetringsforslag'),
            children: [
              {
                kind: 'text',
                key: 'forslag-hjelp',
                x: 20,
                y: 20,
                width: 460,
                size: 's',
                text: loc('Konkrete forslag den ansvarlige kommunen kan bruke.', 'Konkrete forslag den ansvarlege kommunen kan bruke.'),
              },
              ...noteGrid('forslag', [loc('Ett forslag per lapp', 'Eitt forslag per lapp')], { y: 100, color: 'light-blue' }),
            ],
          },
          {
            kind: 'frame',
            key: 'videre',
            x: 1600,
            y: 920,
            w: 600,
            h: 540,
            color: 'green',
            title: loc('Dette tar vi med oss videre', 'Dette tek vi med oss vidare'),
            children: noteGrid('videre', [loc('Neste steg i saken', 'Neste steg i saka'), loc('Hvem gjør hva, og når?', 'Kven gjer kva, og når?')], {
              y: 40,
              columns: 2,
              color: 'light-green',
            }),
          },
          ...[1, 2, 3, 4].map((from) => ({ kind: 'arrow' as const, key: `runde-pil-${from}`, from: `runde-${from}`, to: `runde-${from + 1}` })),
        ],
      },
    },
  ],
};
