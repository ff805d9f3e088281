import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { TemplateGallery } from '../../features/templates/components/template-gallery';
import { canContribute, canManageRegion } from '../../lib/permissions';
import { RegionFrame } from '../layout/region-frame';

/**
 * `/samarbeid/:regionId/maler`: the template gallery. The guide's worksheets under its four
 * headings and the region's own templates; choosing one makes a board from it and opens it.
 */
export function RegionTemplatesPage() {
  const { t } = useTranslation();
  const { regionId = '' } = useParams();
  return (
    <RegionFrame
      regionId={regionId}
      section="templates"
      heading={(region) => t('templates.title', { name: region.name })}
      lead={() => <p className="lead">{t('templates.intro')}</p>}
    >
      {(region, role) => (
        <TemplateGallery regionId={region.id} regionLanguage={region.language} canCreate={canContribute(role)} canRemove={canManageRegion(role)} />
      )}
    </RegionFrame>
  );
}
