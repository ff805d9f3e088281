import { useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiagramNode } from '../../../../../shared/diagram/diagram-document';
import { clampScore, quadrantOf, quadrants, type Quadrant } from '../../../../../shared/diagram/interest-grid';
import { scoreMax, scoreMin } from '../../../../../shared/diagram/vocabulary';
import { patchNodeData } from '../model/diagram-actions';
import type { DiagramSession } from '../sync/use-diagram-session';

type Actor = Extract<DiagramNode, { type: 'aktor' }>;

interface GridViewProps {
  session: DiagramSession;
  nodes: DiagramNode[];
  readOnly: boolean;
  announce: (message: string) => void;
}

const scores = Array.from({ length: scoreMax - scoreMin + 1 }, (_, index) => scoreMin + index);

/**
 * The interest/influence grid: influence upwards, interest to the right, with the four customary
 * quadrants. Drag an actor to another cell, or focus it and use the arrow keys, to change its
 * scores; the same scores show in the diagram and the table.
 */
export function GridView({ session, nodes, readOnly, announce }: GridViewProps) {
  const { t } = useTranslation();
  const actors = nodes.filter((node): node is Actor => node.type === 'aktor');
  const [dragged, setDragged] = useState<string | null>(null);
  /** The actor whose chip should take focus as soon as it is in its new cell. */
  const focusOnMount = useRef<string | null>(null);
  const describe = (interest: number, influence: number) =>
    t('diagram.grid.scores', {
      interest: String(interest),
      influence: String(influence),
      quadrant: t(`diagram.grid.quadrant.${quadrantOf(interest, influence)}`),
    });

  /**
   * The actor as the document has it now: a key pressed again before React has drawn the first move
   * would otherwise start from the scores the chip was drawn with, and undo that move.
   */
  const latest = (actor: Actor): Actor => {
    const node = session.store.getSnapshot().nodeById.get(actor.id);
    return node?.type === 'aktor' ? node : actor;
  };

  const setScores = (actor: Actor, interest: number, influence: number) => {
    const next = { interest: clampScore(interest), influence: clampScore(influence) };
    if (next.interest === actor.data.interest && next.influence === actor.data.influence) return;
    patchNodeData(session.doc, actor.id, next);
    announce(t('diagram.grid.moved', { name: actor.data.name, scores: describe(next.interest, next.influence) }));
    // Keep focus on the actor after it moved to another cell: its chip there is a new element, focused
    // in the same commit, so a second arrow key pressed at once moves it again instead of being lost.
    focusOnMount.current = actor.id;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, actor: Actor) => {
    const moves: Record<string, [number, number]> = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
    const move = moves[event.key];
    if (!move || readOnly) return;
    event.preventDefault();
    const now = latest(actor);
    setScores(now, now.data.interest + move[0], now.data.influence + move[1]);
  };

  const onDrop = (event: DragEvent<HTMLTableCellElement>, interest: number, influence: number) => {
    event.preventDefault();
    const id = event.dataTransfer.getData('text/plain') || dragged;
    const actor = actors.find((candidate) => candidate.id === id);
    setDragged(null);
    if (actor && !readOnly) setScores(latest(actor), interest, influence);
  };

  const byQuadrant = (quadrant: Quadrant) => actors.filter((actor) => quadrantOf(actor.data.interest, actor.data.influence) === quadrant);

  return (
    <div className="diagram-grid-view">
      <h2>{t('diagram.grid.heading')}</h2>
      <p>{readOnly ? t('diagram.grid.intro-read-only') : t('diagram.grid.intro')}</p>
      {actors.length === 0 ? <p className="muted">{t('diagram.table.no-actors')}</p> : null}
      <div className="diagram-grid-scroll">
        <table className="diagram-grid">
          <caption className="visually-hidden">{t('diagram.grid.caption')}</caption>
          <thead>
            <tr>
              <td className="diagram-grid__corner">
                <span aria-hidden="true">{t('diagram.grid.axes')}</span>
              </td>
              {scores.map((interest) => (
                <th key={interest} scope="col">
                  {t('diagram.grid.interest-col', { score: String(interest) })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...scores].reverse().map((influence) => (
              <tr key={influence}>
                <th scope="row">{t('diagram.grid.influence-row', { score: String(influence) })}</th>
                {scores.map((interest) => {
                  const quadrant = quadrantOf(interest, influence);
                  const here = actors.filter((actor) => actor.data.interest === interest && actor.data.influence === influence);
                  const isCorner = (interest === scoreMin || interest === scoreMax) && (influence === scoreMin || influence === scoreMax);
                  return (
                    <td
                      key={interest}
                      className={`diagram-grid__cell diagram-grid__cell--${quadrant}`}
                      onDragOver={(event) => {
                        if (!readOnly) event.preventDefault();
                      }}
                      onDrop={(event) => onDrop(event, interest, influence)}
                      data-interest={interest}
                      data-influence={influence}
                    >
                      {isCorner ? <span className="diagram-grid__quadrant-label">{t(`diagram.grid.quadrant.${quadrant}`)}</span> : null}
                      <ul className="diagram-grid__chips">
                        {here.map((actor) => (
                          <li key={actor.id}>
                            <button
                              type="button"
                              ref={(element) => {
                                if (!element || focusOnMount.current !== actor.id) return;
                                focusOnMount.current = null;
                                element.focus();
                              }}
                              className={`diagram-grid__chip diagram-grid__chip--${actor.data.category}`}
                              draggable={!readOnly}
                              onDragStart={(event) => {
                                event.dataTransfer.setData('text/plain', actor.id);
                                event.dataTransfer.effectAllowed = 'move';
                                setDragged(actor.id);
                              }}
                              onKeyDown={(event) => onKeyDown(event, actor)}
                              aria-label={t('diagram.grid.chip', { name: actor.data.name, scores: describe(interest, influence) })}
                              aria-describedby={readOnly ? undefined : 'diagram-grid-help'}
                            >
                              {actor.data.name}
                            </button>
                          </li>
                        ))}
                      </ul>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {readOnly ? null : (
        <p id="diagram-grid-help" className="field__hint">
          {t('diagram.grid.keys')}
        </p>
      )}
      <h3>{t('diagram.grid.summary')}</h3>
      <dl className="diagram-grid-summary">
        {quadrants.map((quadrant) => (
          <div key={quadrant}>
            <dt>{t(`diagram.grid.quadrant.${quadrant}`)}</dt>
            <dd>
              {byQuadrant(quadrant)
                .map((actor) => actor.data.name)
                .join(', ') || t('diagram.grid.none')}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
