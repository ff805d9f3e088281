import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BarometerWorkspace } from '../../features/barometer/components/barometer-workspace';
import { StartWorksheetButton } from '../../features/templates/components/start-worksheet-button';
import { canContribute } from '../../lib/permissions';
import { RegionFrame } from '../layout/region-frame';

/** `/samarbeid/:regionId/barometer`: the cooperation barometer: answer, open and close rounds, results. */
export function RegionBarometerPage() {
  const { t } = useTranslation();
  const { regionId = '' } = useParams();
  return (
    <RegionFrame
      regionId={regionId}
      section="barometer"
      heading={() => t('barometer.heading')}
      pageTitle={(region) => t('region.page-in', { page: t('barometer.heading'), name: region.name })}
    >
      {(region, role) => (
        <BarometerWorkspace
          regionId={region.id}
          regionName={region.name}
          role={role}
          worksheetAction={(templateId) => <StartWorksheetButton regionId={region.id} templateId={templateId} canCreate={canContribute(role)} />}
        />
      )}
    </RegionFrame>
  );
}
