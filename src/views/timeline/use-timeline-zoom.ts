import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import type { D3ZoomEvent, ZoomBehavior } from 'd3-zoom';
import { zoom, zoomIdentity, zoomTransform } from 'd3-zoom';
import type { RefObject } from 'react';
import { useEffect, useMemo, useRef } from 'react';
import { DAY_MS } from '../../domain/iso-day.ts';

interface ZoomOptions {
  /** The case's whole extent and the visible window, in UTC milliseconds. */
  extent: readonly [number, number];
  window: readonly [number, number];
  plot: { left: number; right: number };
  height: number;
  onZoom: (window: readonly [number, number]) => void;
  /** Whether the element is in the document yet (the chart waits for its width). */
  attached: boolean;
}

/**
 * Wheel and drag zoom and pan with d3-zoom on a ref'd element, set up in one effect with
 * cleanup. D3 only reports the window it would show; the store keeps it, and this hook keeps
 * d3's own transform in step when the window changes elsewhere (buttons, links, Back/Forward).
 */
export function useTimelineZoom(
  ref: RefObject<HTMLElement | null>,
  { extent, window, plot, height, onZoom, attached }: ZoomOptions,
) {
  const behaviorRef = useRef<ZoomBehavior<HTMLElement, unknown> | null>(null);
  const base = useMemo(
    () => scaleUtc().domain([extent[0], extent[1]]).range([plot.left, plot.right]),
    [extent, plot.left, plot.right],
  );
  // The zoom handler reads the latest scale and action without the behaviour being rebuilt.
  const latest = useRef({ base, onZoom });
  useEffect(() => {
    latest.current = { base, onZoom };
  }, [base, onZoom]);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const behavior = zoom<HTMLElement, unknown>()
      // The wheel zooms anywhere; a drag pans only from the axis band, as a drag across the
      // lanes belongs to the brush. A synthetic event without a window cannot start a drag.
      .filter((event: MouseEvent) => {
        if (event.type === 'wheel') return true;
        const target = event.target instanceof Element ? event.target : null;
        return (
          !event.ctrlKey &&
          !event.button &&
          event.view != null &&
          target?.closest('.timeline-pan') != null
        );
      })
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        // Programmatic transforms (below) have no source event: the store already knows them.
        if (!event.sourceEvent) return;
        const [t0, t1] = event.transform.rescaleX(latest.current.base).domain();
        if (t0 && t1) latest.current.onZoom([t0.getTime(), t1.getTime()]);
      });
    const selection = select(el);
    selection.call(behavior).on('dblclick.zoom', null);
    behaviorRef.current = behavior;
    return () => {
      selection.on('.zoom', null);
      behaviorRef.current = null;
    };
  }, [ref, attached]);

  // Sizes change with the lanes shown; setting them does not rebind any listener.
  useEffect(() => {
    const box: [[number, number], [number, number]] = [
      [plot.left, 0],
      [plot.right, Math.max(1, height)],
    ];
    behaviorRef.current
      ?.extent(box)
      .translateExtent(box)
      .scaleExtent([1, Math.max(1, (extent[1] - extent[0]) / DAY_MS)]);
  }, [plot.left, plot.right, height, extent]);

  useEffect(() => {
    const el = ref.current;
    const behavior = behaviorRef.current;
    if (!el || !behavior) return;
    const k = (plot.right - plot.left) / (base(window[1]) - base(window[0]));
    const x = plot.left - k * base(window[0]);
    const current = zoomTransform(el);
    if (Math.abs(current.k - k) > 1e-6 || Math.abs(current.x - x) > 0.5) {
      behavior.transform(select(el), zoomIdentity.translate(x, 0).scale(k));
    }
  }, [ref, base, window, plot.left, plot.right, height]);
}
