import { useTranslation } from 'react-i18next';
import { useRegionDecisions } from '../api/use-decisions';

/**
 * Beside "Vi er enige" on the toolkit path: a link to the decisions made on the boards from this
 * worksheet (in the region page's list), when there are any.
 */
export function DecisionsPathLink({ regionId, templateId }: { regionId: string; templateId: string }) {
  const { t } = useTranslation();
  const count = useRegionDecisions(regionId).data?.filter((decision) => decision.board.templateId === templateId).length ?? 0;
  if (count === 0) return null;
  return (
    <a
      href="#vedtak"
      onClick={(event) => {
        // Scroll and move focus to the list itself, so a screen reader follows.
        event.preventDefault();
        const target = document.getElementById('vedtak');
        target?.scrollIntoView();
        target?.focus();
      }}
    >
      {t('decisions.path-link', { count })}
    </a>
  );
}
