import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { MembershipSummary } from '../../../../shared/schemas/account';
import { Button } from '../../components/ui/button';

/**
 * For people in several regions: a button that opens the list of their regions as links (a
 * disclosure, so it works with Tab, Enter and Escape and needs no menu semantics).
 */
export function RegionSwitcher({ memberships }: { memberships: MembershipSummary[] }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listId = useId();

  // Following one of the links closes the list.
  useEffect(() => setOpen(false), [pathname]);

  return (
    <div
      className="region-switcher"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        setOpen(false);
        buttonRef.current?.focus();
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <Button
        ref={buttonRef}
        data-size="sm"
        className="region-switcher__button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
      >
        {t('session.switch-region')}
        <span aria-hidden="true" className="region-switcher__chevron">
          ▾
        </span>
      </Button>
      <ul id={listId} className="region-switcher__list" hidden={!open}>
        {memberships.map((membership) => {
          const path = `/samarbeid/${membership.regionId}`;
          const current = pathname === path || pathname.startsWith(`${path}/`);
          return (
            <li key={membership.regionId}>
              <Link to={path} aria-current={current ? 'true' : undefined}>
                {membership.regionName}
              </Link>
              <span className="region-switcher__role">{t(`role.${membership.role}`)}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
