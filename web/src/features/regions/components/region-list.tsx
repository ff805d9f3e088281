import { Card } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Region } from '../../../../../shared/schemas/region';

interface RegionListProps {
  regions: Region[];
  /** The administrator is told to create one; others to ask for an invitation. */
  canCreate: boolean;
}

/** The regions as a list of links, each with its description and how much it holds. */
export function RegionList({ regions, canCreate }: RegionListProps) {
  const { t } = useTranslation();
  if (regions.length === 0) {
    return <p className="empty-note">{canCreate ? t('regions.empty') : t('regions.empty-member')}</p>;
  }
  return (
    <ul className="card-grid">
      {regions.map((region) => (
        <Card asChild key={region.id}>
          <li className="region-card">
            <h3 className="region-card__title">
              <Link to={`/samarbeid/${region.id}`}>{region.name}</Link>
            </h3>
            {region.description ? <p className="region-card__description">{region.description}</p> : null}
            <p className="region-card__meta">
              <span>{t('regions.municipality-count', { count: region.municipalities.length })}</span>
              <span>{t('regions.board-count', { count: region.boardCount })}</span>
            </p>
          </li>
        </Card>
      ))}
    </ul>
  );
}
