import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useBarometerRounds } from '../../features/barometer/api/use-barometer';
import { BarometerPresentation } from '../../features/barometer/components/barometer-presentation';
import { RegionFrame } from '../layout/region-frame';

/** `/samarbeid/:regionId/barometer/:roundId/vis`: a closed round's result, shown in a meeting. */
export function BarometerPresentationPage() {
  const { t } = useTranslation();
  const { regionId = '', roundId = '' } = useParams();
  // The tab names the round shown, so it is not mistaken for the barometer page behind it.
  const round = useBarometerRounds(regionId).data?.find((known) => known.id === roundId);
  const page = round ? t('barometer.present.heading', { title: round.title }) : t('barometer.heading');
  return (
    <RegionFrame
      regionId={regionId}
      section="barometer"
      heading={() => t('barometer.heading')}
      pageTitle={(region) => t('region.page-in', { page, name: region.name })}
    >
      {(region) => <BarometerPresentation regionId={region.id} roundId={roundId} />}
    </RegionFrame>
  );
}
