import type { TFunction } from 'i18next';
import type { DiagramNode } from '../../../../../shared/diagram/diagram-document';

/** What a new node of a type holds before anyone edits it; a step made `after` another lands in its phase and lane. */
export function newNodeData(type: DiagramNode['type'], t: TFunction, after?: DiagramNode): DiagramNode['data'] {
  const place = after && (after.type === 'prosessteg' || after.type === 'avklaringspunkt') ? { phase: after.data.phase, lane: after.data.lane } : null;
  switch (type) {
    case 'aktor':
      return { name: t('diagram.defaults.actor'), category: 'eksternt', role: '', interest: 3, influence: 3, phases: [], contact: '', note: '' };
    case 'prosessteg':
      return {
        title: t('diagram.defaults.step'),
        phase: place?.phase ?? 'forarbeid',
        lane: place?.lane ?? '',
        legalRef: '',
        deadline: '',
        description: '',
      };
    case 'avklaringspunkt':
      return { question: t('diagram.defaults.decision'), decidedBy: '', phase: place?.phase ?? 'oppstart', lane: place?.lane ?? '', note: '' };
    case 'fritekst':
      return { text: '' };
    case 'gruppe':
      return { label: t('diagram.defaults.group') };
    case 'mappe':
      return { name: t('diagram.defaults.folder'), kind: 'mappe', owner: '', note: '' };
    case 'dokument':
      return { name: t('diagram.defaults.document'), owner: '', status: '', link: '', note: '' };
  }
}
