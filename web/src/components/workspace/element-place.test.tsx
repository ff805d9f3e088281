// @vitest-environment happy-dom
import { act, Profiler, useState } from 'react';
import { createPortal } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { ElementPlace, detachedElement } from './element-place';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A bar with a slot, and an editor that fills the slot from elsewhere in the tree (as the board page does). */
function Page({ showBar = true }: { showBar?: boolean }) {
  const [slot] = useState(() => detachedElement('board-bar__slot board-bar__status'));
  return (
    <>
      {showBar ? (
        <header>
          <ElementPlace element={slot} />
        </header>
      ) : null}
      <main>{createPortal(<p>Tilkoblet</p>, slot)}</main>
    </>
  );
}

describe('an element made outside React, shown in place', () => {
  let container: HTMLElement;
  afterEach(() => container.remove());

  it('is filled and shown in the first commit, with no render after it', () => {
    container = document.body.appendChild(document.createElement('div'));
    const commits: string[] = [];
    const root = createRoot(container);
    act(() =>
      root.render(
        <Profiler id="page" onRender={(_id, phase) => commits.push(phase)}>
          <Page />
        </Profiler>,
      ),
    );
    expect(commits).toEqual(['mount']);
    const slot = container.querySelector('header .board-bar__status');
    expect(slot?.className).toBe('board-bar__slot board-bar__status');
    expect(slot?.textContent).toBe('Tilkoblet');
    // The place makes no box of its own; the element keeps its classes for the bar's layout.
    expect(slot?.parentElement?.className).toBe('element-place');
    act(() => root.unmount());
  });

  it('leaves the page with its place, and comes back when the place does', () => {
    container = document.body.appendChild(document.createElement('div'));
    const root = createRoot(container);
    act(() => root.render(<Page />));
    act(() => root.render(<Page showBar={false} />));
    expect(container.querySelector('.board-bar__status')).toBeNull();
    act(() => root.render(<Page />));
    expect(container.querySelector('header .board-bar__status')?.textContent).toBe('Tilkoblet');
    act(() => root.unmount());
  });
});
