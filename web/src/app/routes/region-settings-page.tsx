import { Alert } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { MunicipalityManager } from '../../features/regions/components/municipality-manager';
import { RegionDetailsForm } from '../../features/regions/components/region-details-form';
import { canManageRegion } from '../../lib/permissions';
import { RegionFrame } from '../layout/region-frame';

/** `/samarbeid/:regionId/innstillinger`: the region's details and member municipalities (coordinators). */
export function RegionSettingsPage() {
  const { t } = useTranslation();
  const { regionId = '' } = useParams();
  return (
    <RegionFrame regionId={regionId} section="settings" heading={(region) => t('settings.title', { name: region.name })}>
      {(region, role) =>
        canManageRegion(role) ? (
          <div className="settings">
            <RegionDetailsForm key={region.id} region={region} />
            <MunicipalityManager region={region} />
          </div>
        ) : (
          <Alert data-color="info" className="notice-alert">
            {t('settings.coordinators-only')}
          </Alert>
        )
      }
    </RegionFrame>
  );
}
