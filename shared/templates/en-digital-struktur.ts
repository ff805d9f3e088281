import type { z } from 'zod';
import type { structureContentSchema } from './diagram/diagram-content';
import { loc, type Localized } from './localized';
import type { DiagramTemplateInput } from './template-types';

type StructureEntry = z.input<typeof structureContentSchema>['entries'][number];

const items = (parent: string, texts: Localized[]): StructureEntry[] =>
  texts.map((text, index) => ({ kind: 'item', key: `${parent}-${index + 1}`, parent, text }));

/**
 * "En digital struktur" (Åpen dialog): the shared digital room as a tree of channels and folders
 * for cases (a folder per member municipality), templates, assessments, status and meetings. Each
 * document can carry an owner, a link and, for plan cases, a PLANSTAT status (a field of its own).
 */
export const enDigitalStruktur: DiagramTemplateInput = {
  id: 'en-digital-struktur',
  version: 2,
  kind: 'diagram',
  heading: 'apen-dialog',
  order: 6,
  principles: [4],
  texts: {
    nb: {
      title: 'En digital struktur',
      purpose:
        'Lag et felles digitalt rom der kommunene deler dokumenter, maler, vurderinger og status i plansakene. Bruk et system dere allerede har, for eksempel Teams.',
      when: 'Tidlig, når dere har bestemt hvordan dere skal jobbe sammen. Rydd i strukturen én gang i året.',
      duration: '1 time',
      participants: 'Én fra hver kommune som skal bruke rommet, og gjerne en som kjenner systemet godt (IT eller arkiv).',
      facilitatorGuide: [
        'Tavla viser et forslag til kanaler og mapper. Endre navnene så de passer i systemet dere bruker.',
        '1. Gå gjennom forslaget (15 min): Hva trenger dere? Hva mangler? Hva kan slås sammen?',
        '2. Plansaker (15 min): Bli enige om hva en plansak skal hete, for eksempel med plan-ID, og hvordan status vises.',
        '3. Status (10 min): Bruk kodene i PLANSTAT, så alle leser status likt.',
        '4. Tilgang og ansvar (15 min): Hvem har tilgang, og hvem rydder? Hva skal arkiveres i sak- og arkivsystemet?',
        '5. Neste steg (5 min): Hvem oppretter rommet, og når?',
        'Det digitale rommet er et arbeidsrom, ikke et arkiv. Dokumenter med arkivverdi skal også inn i kommunens sak- og arkivsystem.',
      ].join('\n'),
    },
    nn: {
      title: 'Ein digital struktur',
      purpose:
        'Lag eit felles digitalt rom der kommunane deler dokument, malar, vurderingar og status i plansakene. Bruk eit system de alt har, til dømes Teams.',
      when: 'Tidleg, når de har bestemt korleis de skal jobbe saman. Rydd i strukturen éin gong i året.',
      duration: '1 time',
      participants: 'Éin frå kvar kommune som skal bruke rommet, og gjerne ein som kjenner systemet godt (IT eller arkiv).',
      facilitatorGuide: [
        'Tavla viser eit forslag til kanalar og mapper. Endre namna så dei passar i systemet de bruker.',
        '1. Gå gjennom forslaget (15 min): Kva treng de? Kva manglar? Kva kan slåast saman?',
        '2. Plansaker (15 min): Bli samde om kva ei plansak skal heite, til dømes med plan-ID, og korleis status blir vist.',
        '3. Status (10 min): Bruk kodane i PLANSTAT, så les alle status likt.',
        '4. Tilgang og ansvar (15 min): Kven har tilgang, og kven ryddar? Kva skal arkiverast i sak- og arkivsystemet?',
        '5. Neste steg (5 min): Kven opprettar rommet, og når?',
        'Det digitale rommet er eit arbeidsrom, ikkje eit arkiv. Dokument med arkivverdi skal òg inn i sak- og arkivsystemet til kommunen.',
      ].join('\n'),
    },
  },
  variants: [
    {
      id: 'standard',
      name: loc('Standard', 'Standard'),
      content: {
        kind: 'struktur',
        entries: [
          { kind: 'folder', key: 'rom', parent: null, label: loc('Felles digitalt rom for plansamarbeidet', 'Felles digitalt rom for plansamarbeidet') },
          { kind: 'folder', key: 'generelt', parent: 'rom', label: loc('Generelt', 'Generelt') },
          ...items('generelt', [
            loc('Beskjeder og spørsmål', 'Beskjedar og spørsmål'),
            loc('Kontaktliste for samarbeidet', 'Kontaktliste for samarbeidet'),
            loc('Vårt formål og spillereglene (vedtatte versjoner)', 'Vårt formål og spelereglane (vedtekne versjonar)'),
          ]),
          { kind: 'folder', key: 'plansaker', parent: 'rom', label: loc('Plansaker', 'Plansaker') },
          ...items('plansaker', [loc('Mappenavn: plan-ID (kommunenummer + planID) og plannavn', 'Mappenamn: plan-ID (kommunenummer + planID) og plannamn')]),
          {
            kind: 'municipality-folders',
            key: 'plansaker-kommune',
            parent: 'plansaker',
            itemText: loc('Én mappe per plansak', 'Éi mappe per plansak'),
            placeholders: 3,
            placeholderName: loc('Kommune', 'Kommune'),
          },
          { kind: 'folder', key: 'maler', parent: 'rom', label: loc('Maler og veiledere', 'Malar og rettleiarar') },
          ...items('maler', [
            loc('Planinitiativ og referat fra oppstartsmøte', 'Planinitiativ og referat frå oppstartsmøte'),
            loc('Saksframlegg og planbeskrivelse', 'Saksframlegg og planomtale'),
            loc('Sjekklister for planbehandling', 'Sjekklister for planhandsaming'),
            loc('Felles planprosess (lenke til tavla)', 'Felles planprosess (lenkje til tavla)'),
          ]),
          { kind: 'folder', key: 'vurderinger', parent: 'rom', label: loc('Faglige vurderinger', 'Faglege vurderingar') },
          ...items('vurderinger', [
            loc('Notater fra faglig planvurdering, én mappe per møte', 'Notat frå fagleg planvurdering, éi mappe per møte'),
            loc('Felles tolkninger av regelverk og retningslinjer', 'Felles tolkingar av regelverk og retningsliner'),
            loc('Gode eksempler å lære av', 'Gode døme å lære av'),
          ]),
          { kind: 'folder', key: 'status', parent: 'rom', label: loc('Status i plansakene', 'Status i plansakene') },
          ...items('status', [
            loc('Oversikt: én rad per plansak med kommune, plan-ID, fase og status', 'Oversikt: éi rad per plansak med kommune, plan-ID, fase og status'),
          ]),
          {
            kind: 'item',
            key: 'status-planregister',
            parent: 'status',
            text: loc('Kommunenes planregister (arealplaner.no)', 'Planregistera i kommunane (arealplaner.no)'),
            link: 'https://www.arealplaner.no',
          },
          { kind: 'folder', key: 'moter', parent: 'rom', label: loc('Møter', 'Møte') },
          ...items('moter', [loc('Møteplan og årshjul', 'Møteplan og årshjul'), loc('Sakslister og referater', 'Saklister og referat')]),
        ],
        notes: [
          {
            key: 'merknad-arbeidsrom',
            text: loc(
              'Et arbeidsrom, ikke et arkiv: dokumenter med arkivverdi skal også inn i sak- og arkivsystemet. Saksdokumenter er åpne for innsyn (offentleglova § 3).',
              'Eit arbeidsrom, ikkje eit arkiv: dokument med arkivverdi skal òg inn i sak- og arkivsystemet. Saksdokument er opne for innsyn (offentleglova § 3).',
            ),
          },
          {
            key: 'merknad-personvern',
            text: loc(
              'Del ikke sensitive personopplysninger i rommet. Bruk et system kommunene har databehandleravtale for.',
              'Del ikkje sensitive personopplysningar i rommet. Bruk eit system kommunane har databehandlaravtale for.',
            ),
          },
          {
            key: 'merknad-planstat',
            text: loc(
              'Gi hver plansak en status fra kodelisten Planstatus (PLANSTAT) i Geonorge, så alle leser status likt. Kontroller mot gjeldende kodeliste.',
              'Gi kvar plansak ein status frå kodelista Planstatus (PLANSTAT) i Geonorge, så les alle status likt. Kontroller mot gjeldande kodeliste.',
            ),
          },
        ],
      },
    },
  ],
};
