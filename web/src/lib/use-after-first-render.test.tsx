// @vitest-environment happy-dom
import { act, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { useAfterFirstRender } from './use-after-first-render';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('useAfterFirstRender', () => {
  it('is false in the first commit and true in the next, without anything else changing', async () => {
    const commits: boolean[] = [];
    function Page() {
      const late = useAfterFirstRender();
      useLayoutEffect(() => void commits.push(late));
      return late ? <p>Verktøy</p> : null;
    }
    const container = document.createElement('div');
    const root = createRoot(container);
    await act(async () => root.render(<Page />));
    expect(commits).toEqual([false, true]);
    expect(container.textContent).toBe('Verktøy');
    await act(async () => root.render(<Page />));
    expect(commits).toEqual([false, true, true]);
    root.unmount();
  });
});
