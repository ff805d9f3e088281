import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { BoardKind } from '../../../../../shared/schemas/board';

/** A free sheet with a stroke on it. */
const canvasIcon = (
  <svg width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5">
    <rect x="1.5" y="2.5" width="13" height="11" rx="1.5" />
    <path d="M4 10c1.5-3 3-3 4-1.5S10.5 9 12 6" strokeLinecap="round" />
  </svg>
);

/** Three boxes joined by lines. */
const diagramIcon = (
  <svg width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5">
    <rect x="1" y="1.5" width="5" height="4" rx="1" />
    <rect x="10" y="1.5" width="5" height="4" rx="1" />
    <rect x="5.5" y="10.5" width="5" height="4" rx="1" />
    <path d="M6 3.5h4M3.5 5.5v2.5h4.5v2.5M12.5 5.5v2.5H8" />
  </svg>
);

/** The board's kind in words, as a Designsystemet tag ("Lerret", "Diagram"); the symbol is decoration only. */
export function BoardKindLabel({ kind }: { kind: BoardKind }) {
  const { t } = useTranslation();
  return (
    <Tag data-color="neutral" className="kind-label">
      <span className="kind-label__icon" aria-hidden="true">
        {kind === 'canvas' ? canvasIcon : diagramIcon}
      </span>
      {t(`board.kind.${kind}`)}
    </Tag>
  );
}
