import { useTranslation } from 'react-i18next';
import { useValue, type Editor } from 'tldraw';
// Its words are the diagram's presence texts, which come with the editors.
import '../../../lib/diagram-texts';

/** Who else is on the canvas now, in words for the workspace bar (tldraw shows them as cursors too). */
export function CanvasPresence({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const people = useValue(
    'people on the board',
    () => [...new Map(editor.getCollaborators().map((person) => [person.userId, { id: person.userId, name: person.userName, color: person.color }])).values()],
    [editor],
  );
  return (
    <section className="workspace-presence" aria-label={t('diagram.presence.label')}>
      {people.length === 0 ? (
        <p className="workspace-presence__alone">{t('diagram.presence.alone')}</p>
      ) : (
        <>
          <span className="workspace-presence__intro">{t('diagram.presence.here', { count: people.length })}</span>
          <ul className="workspace-presence__list">
            {people.map((person) => (
              <li key={person.id}>
                <span className="workspace-presence__dot" style={{ background: person.color }} aria-hidden="true" />
                {person.name}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
