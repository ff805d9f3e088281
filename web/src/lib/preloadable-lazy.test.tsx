import { Suspense, type ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { preloadableLazy } from './preloadable-lazy';

/**
 * The server renderer prints a component's first render and shows a Suspense fallback for anything
 * that suspends, so it shows whether a lazily loaded component renders at once.
 */
const page = (Component: ComponentType<{ name: string }>) =>
  renderToStaticMarkup(
    <Suspense fallback={<p>Laster …</p>}>
      <Component name="Planprosess" />
    </Suspense>,
  );

function Editor({ name }: { name: string }) {
  return <h1>{name}</h1>;
}

describe('a lazily loaded component that can be loaded early', () => {
  it('renders at once after preload (React.lazy alone would suspend once more); before it, suspends', async () => {
    const load = vi.fn(async () => ({ default: Editor, prepare: () => 'prepared' }));
    const Lazy = preloadableLazy(load);
    expect(page(Lazy)).toBe('<p>Laster …</p>');
    const module = await Lazy.preload();
    expect(module.prepare()).toBe('prepared');
    expect(page(Lazy)).toBe('<h1>Planprosess</h1>');
    await Lazy.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('asks again after a failed load (a dropped connection, a new release)', async () => {
    const load = vi
      .fn<() => Promise<{ default: typeof Editor }>>()
      .mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce({ default: Editor });
    const Lazy = preloadableLazy(load);
    await expect(Lazy.preload()).rejects.toThrow('Failed to fetch');
    await Lazy.preload();
    expect(load).toHaveBeenCalledTimes(2);
    expect(page(Lazy)).toBe('<h1>Planprosess</h1>');
  });
});
