import { useTranslation } from 'react-i18next';
import { RadioGroup } from '../../../components/ui/radio-group';
import { SelectField } from '../../../components/ui/select-field';
import type { BoardArea } from '../lib/board-view';

/** The scope of a vote over every item on the board. */
export const wholeBoard = '';

/**
 * Up to this many choices (the whole board and a plan process's seven phases) are radio buttons: each
 * name is shown whole, wrapped in the narrow panel, where a drop-down list cut «Oppstart og varsling
 * (6 p…». Beyond it, a drop-down list keeps the form short.
 */
const mostRadios = 8;

interface VoteScopeFieldProps {
  areas: BoardArea[];
  /** How many items the whole board has to vote over. */
  everything: number;
  value: string;
  onChange: (scope: string) => void;
}

/** What a dot vote is over: the whole board or one of its parts (a frame, a phase, a category). */
export function VoteScopeField({ areas, everything, value, onChange }: VoteScopeFieldProps) {
  const { t } = useTranslation();
  const options = [
    { value: wholeBoard, label: t('meeting.vote.scope-whole', { count: everything }) },
    ...areas.map((area) => ({ value: area.id, label: t('meeting.vote.scope-area', { name: area.label, count: area.items.length }) })),
  ];
  const common = { name: 'scope', options, hint: t('meeting.vote.scope-hint') };
  return options.length <= mostRadios ? (
    <RadioGroup {...common} legend={t('meeting.vote.scope')} value={value} onChange={onChange} className="meeting-vote__scope" />
  ) : (
    <SelectField {...common} label={t('meeting.vote.scope')} value={value} onChange={(event) => onChange(event.target.value)} />
  );
}
