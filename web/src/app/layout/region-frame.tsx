import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { Region } from '../../../../shared/schemas/region';
import type { Role } from '../../../../shared/schemas/role';
import { PageHeading } from '../../components/ui/page-heading';
import { useRegion, useRegionRole } from '../../features/regions/api/use-region';
import { useRegionLanguage } from '../../lib/language-provider';
import { canManageRegion } from '../../lib/permissions';
import { useDocumentTitle } from '../../lib/use-document-title';
import { Breadcrumbs, type Crumb } from './breadcrumbs';
import { QueryFallback } from './query-fallback';

type RegionSection = 'overview' | 'templates' | 'barometer' | 'archive' | 'members' | 'settings';

interface RegionFrameProps {
  regionId: string;
  section: RegionSection;
  /** The page's h1, made from the region. */
  heading: (region: Region) => string;
  /** The browser tab's title when the h1 does not name the region ("Samarbeidsbarometer i Lister"). */
  pageTitle?: (region: Region) => string;
  /** A short text under the h1, before the links between the region's pages. */
  lead?: (region: Region, role: Role | null) => ReactNode;
  /** The page's content, given the region and the viewer's role in it. */
  children: (region: Region, role: Role | null) => ReactNode;
}

/**
 * What every page of a region shares: loading and not-found handling, the region's language,
 * breadcrumbs, the h1 and the links between the region's pages (settings only for coordinators).
 */
export function RegionFrame({ regionId, section, heading, pageTitle, lead, children }: RegionFrameProps) {
  const { t } = useTranslation();
  const query = useRegion(regionId);
  const role = useRegionRole(regionId) ?? null;
  const region = query.data;
  useRegionLanguage(region?.language);
  const title = region ? heading(region) : undefined;
  useDocumentTitle(region ? (pageTitle?.(region) ?? title) : undefined);

  if (!region || !title) {
    return <QueryFallback query={query} loadingText={t('loading.region')} notFoundTitle={t('region.not-found-title')} />;
  }

  const base = `/samarbeid/${region.id}`;
  const sectionLabels: Record<RegionSection, string> = {
    overview: t('nav.overview'),
    templates: t('templates.nav-label'),
    barometer: t('barometer.nav-label'),
    archive: t('nav.archive'),
    members: t('nav.members'),
    settings: t('nav.settings'),
  };
  const crumbs: Crumb[] = [{ label: t('nav.regions'), to: '/' }];
  crumbs.push(section === 'overview' ? { label: region.name } : { label: region.name, to: base });
  if (section !== 'overview') crumbs.push({ label: sectionLabels[section] });

  return (
    <>
      <Breadcrumbs items={crumbs} />
      <PageHeading>{title}</PageHeading>
      {lead?.(region, role)}
      <nav aria-label={t('nav.region')} className="region-nav">
        <NavLink to={base} end>
          {sectionLabels.overview}
        </NavLink>
        <NavLink to={`${base}/maler`}>{sectionLabels.templates}</NavLink>
        <NavLink to={`${base}/barometer`}>{sectionLabels.barometer}</NavLink>
        <NavLink to={`${base}/arkiv`}>{sectionLabels.archive}</NavLink>
        <NavLink to={`${base}/medlemmer`}>{sectionLabels.members}</NavLink>
        {canManageRegion(role) ? <NavLink to={`${base}/innstillinger`}>{sectionLabels.settings}</NavLink> : null}
      </nav>
      {children(region, role)}
    </>
  );
}
