import { lazy, type ComponentProps, type ComponentType } from 'react';

// Any component's props.
type LazyModule = { default: ComponentType<any> };

/** A lazily loaded component that can be asked to load early, and renders at once once it has. */
export type PreloadableLazy<Module extends LazyModule> = ComponentType<ComponentProps<Module['default']>> & { preload(): Promise<Module> };

/**
 * `React.lazy` with a `preload()` that resolves to the module (for its other exports too): the
 * module is fetched and run once, whoever asks first. Once it has run, the component renders
 * directly instead of suspending for a round (React.lazy suspends on its first render even when its
 * module has already run), so a page that preloaded it renders the whole thing in one commit.
 */
export function preloadableLazy<Module extends LazyModule>(load: () => Promise<Module>): PreloadableLazy<Module> {
  let loading: Promise<Module> | undefined;
  let loaded: Module['default'] | undefined;
  const preload = () =>
    (loading ??= load().then(
      (module) => {
        loaded = module.default;
        return module;
      },
      (error: unknown) => {
        // A failed fetch (a new release, a dropped connection) is tried again by the next caller.
        loading = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(preload);
  function Preloadable(props: ComponentProps<Module['default']>) {
    const Component = loaded ?? Lazy;
    return <Component {...props} />;
  }
  return Object.assign(Preloadable, { preload });
}
