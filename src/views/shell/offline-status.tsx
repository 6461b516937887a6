import { useEffect, useState } from 'react';

type OfflineState = 'unsupported' | 'preparing' | 'ready' | 'offline';

/** Registers the service worker (built apps only) and says whether the dashboard works offline. */
export function OfflineStatus() {
  const [state, setState] = useState<OfflineState>(() =>
    serviceWorkerWanted() ? (navigator.onLine ? 'preparing' : 'offline') : 'unsupported',
  );
  useEffect(() => {
    if (!serviceWorkerWanted()) return;
    let cancelled = false;
    navigator.serviceWorker
      .register('./sw.js')
      .then(() => navigator.serviceWorker.ready)
      .then(() => {
        if (!cancelled) setState(navigator.onLine ? 'ready' : 'offline');
      })
      .catch(() => {
        if (!cancelled) setState('unsupported');
      });
    const update = () =>
      setState((s) => (s === 'unsupported' ? s : navigator.onLine ? 'ready' : 'offline'));
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      cancelled = true;
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  if (state === 'unsupported') return null;
  const text = {
    preparing: 'Saving the dashboard for offline use…',
    ready: 'Works offline: this dashboard is saved in your browser.',
    offline: 'You are offline: showing the saved dashboard.',
  }[state];
  return (
    <p className={`offline-status offline-status--${state}`} role="status">
      {text}
    </p>
  );
}

/** Only built apps register the worker: the dev server's modules change on every edit. */
function serviceWorkerWanted(): boolean {
  return import.meta.env.PROD && typeof navigator !== 'undefined' && 'serviceWorker' in navigator;
}
