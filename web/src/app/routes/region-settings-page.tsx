import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { MunicipalityManager } from '../../features/regions/components/municipality-manager';
import { RegionDetailsForm } from '../../features/regions/components/region-details-form';
import { RegionFrame } from '../layout/region-frame';

/** `/samarbeid/:regionId/innstillinger`: the region's details and member municipalities. */
export function RegionSettingsPage() {
  const { t } = useTranslation();
  const { regionId = '' } = useParams();
  return (
    <RegionFrame
      regionId={regionId}
      section="settings"
      heading={(region) => t('settings.title', { name: region.name })}
    >
      {(region) => (
        <div className="settings">
          <RegionDetailsForm key={region.id} region={region} />
          <MunicipalityManager region={region} />
        </div>
      )}
    </RegionFrame>
  );
}
