import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BoardOverview } from '../../features/boards/components/board-overview';
import { ImportBoardButton } from '../../features/canvas/components/import-board-button';
import { MunicipalitySummary } from '../../features/regions/components/municipality-summary';
import { ToolkitPath } from '../../features/templates/components/toolkit-path';
import { StartWorksheetButton } from '../../features/templates/components/start-worksheet-button';
import { BarometerSummary } from '../../features/barometer/components/barometer-summary';
import { DecisionsPathLink } from '../../features/decisions/components/decisions-path-link';
import { RegionDecisions } from '../../features/decisions/components/region-decisions';
import { canContribute, canManageRegion } from '../../lib/permissions';
import { RegionFrame } from '../layout/region-frame';

/** `/samarbeid/:regionId`: the region's description, municipalities and boards. */
export function RegionPage() {
  const { t } = useTranslation();
  const { regionId = '' } = useParams();
  return (
    <RegionFrame
      regionId={regionId}
      section="overview"
      heading={(region) => region.name}
      lead={(region) => (region.description ? <p className="lead">{region.description}</p> : null)}
    >
      {(region, role) => (
        <>
          <BoardOverview
            regionId={region.id}
            canOrganize={canContribute(role)}
            extraActions={
              <>
                <ImportBoardButton regionId={region.id} />
                <Button asChild variant="secondary">
                  <Link to={`/samarbeid/${region.id}/maler`}>{t('templates.from-template')}</Link>
                </Button>
              </>
            }
          />
          <ToolkitPath
            regionId={region.id}
            canMark={canContribute(role)}
            agreedExtra={(templateId) => <DecisionsPathLink regionId={region.id} templateId={templateId} />}
          />
          <RegionDecisions regionId={region.id} />
          <BarometerSummary
            regionId={region.id}
            worksheetAction={(templateId) => <StartWorksheetButton regionId={region.id} templateId={templateId} canCreate={canContribute(role)} />}
          />
          <MunicipalitySummary region={region} canManage={canManageRegion(role)} />
        </>
      )}
    </RegionFrame>
  );
}
