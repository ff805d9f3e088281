import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BarometerPresentation } from '../../features/barometer/components/barometer-presentation';
import { RegionFrame } from '../layout/region-frame';

/** `/samarbeid/:regionId/barometer/:roundId/vis`: a closed round's result, shown in a meeting. */
export function BarometerPresentationPage() {
  const { t } = useTranslation();
  const { regionId = '', roundId = '' } = useParams();
  return (
    <RegionFrame
      regionId={regionId}
      section="barometer"
      heading={() => t('barometer.heading')}
      pageTitle={(region) => t('region.page-in', { page: t('barometer.heading'), name: region.name })}
    >
      {(region) => <BarometerPresentation regionId={region.id} roundId={roundId} />}
    </RegionFrame>
  );
}
