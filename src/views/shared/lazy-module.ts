import { useEffect, useState } from 'react';

/** A module loaded on demand, rendered at once when it is already loaded (no Suspense). */
export interface LazyModule<M> {
  /** Starts loading (once) and resolves with the module. */
  load: () => Promise<M>;
  /** The module if it has loaded; a component calling it renders again once it has. */
  useModule: () => M | undefined;
}

/**
 * Wraps a dynamic import so that a view can show code that is not needed on first paint:
 * `load()` may be called early (when the page is idle, or in a test's `beforeAll`) so that
 * the first render that needs it finds it, without a loading state.
 */
export function createLazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let loaded: M | undefined;
  let loading: Promise<M> | undefined;
  const load = () =>
    (loading ??= importer().then((m) => {
      loaded = m;
      return m;
    }));
  const useModule = () => {
    const [module, setModule] = useState(loaded);
    useEffect(() => {
      if (module) return;
      let live = true;
      void load().then((m) => {
        if (live) setModule(() => m);
      });
      return () => {
        live = false;
      };
    }, [module]);
    return module ?? loaded;
  };
  return { load, useModule };
}
