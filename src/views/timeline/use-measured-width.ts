import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The content width of a ref'd element, kept up to date as it resizes, and whether it has been
 * measured yet: a view can wait for the real width (set before the first paint) instead of
 * laying out at `fallback` and again at once. Where nothing can be measured (no layout, as in
 * jsdom), `fallback` counts as measured.
 */
export function useMeasuredWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  const [measured, setMeasured] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (el.clientWidth > 0) setWidth(el.clientWidth);
    setMeasured(true);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w && w > 0) setWidth(Math.round(w));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width, measured] as const;
}
