import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Region } from '../../../../../shared/schemas/region';

/** The member municipalities, shown on the region's overview; coordinators get a way to add some. */
export function MunicipalitySummary({ region, canManage }: { region: Region; canManage: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="municipalities-heading">
      <h2 id="municipalities-heading">{t('region.municipalities-heading')}</h2>
      {region.municipalities.length === 0 ? (
        <p>
          {t('region.no-municipalities')}
          {canManage ? (
            <>
              {' '}
              <Link to={`/samarbeid/${region.id}/innstillinger`}>{t('region.add-municipalities')}</Link>
            </>
          ) : null}
        </p>
      ) : (
        <ul className="chip-list">
          {region.municipalities.map((municipality) => (
            <li key={municipality.id}>
              <Tag data-color="neutral">{t('region.municipality', { name: municipality.name, number: municipality.kommunenummer })}</Tag>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
