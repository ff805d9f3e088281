import { useTranslation } from 'react-i18next';
import type { RemotePresence } from '../sync/presence-store';

/** Who else is on the board now, and where: in words, not only as coloured cursors. */
export function PresenceList({ presence }: { presence: RemotePresence[] }) {
  const { t } = useTranslation();
  // One entry per person, even with several tabs open.
  const people = [...new Map(presence.map((person) => [person.user.id, person])).values()];
  return (
    <section className="diagram-presence" aria-label={t('diagram.presence.label')}>
      {people.length === 0 ? (
        <p className="diagram-presence__alone">{t('diagram.presence.alone')}</p>
      ) : (
        <>
          <span className="diagram-presence__intro">{t('diagram.presence.here', { count: people.length })}</span>
          <ul className="diagram-presence__list">
            {people.map((person) => (
              <li key={person.user.id} className="diagram-presence__person">
                <span className="diagram-presence__dot" style={{ background: person.user.color }} aria-hidden="true" />
                {person.user.name}
                {person.user.canEdit === false ? <span className="diagram-presence__role"> ({t('diagram.presence.viewer')})</span> : null}
                {person.view && person.view !== 'diagram' ? (
                  <span className="diagram-presence__role"> – {t(`diagram.view.${person.view as 'table'}`)}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
