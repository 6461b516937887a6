import type { BrushBehavior, D3BrushEvent } from 'd3-brush';
import { brushX } from 'd3-brush';
import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import type { RefObject } from 'react';
import { useEffect, useRef } from 'react';
import { timeToIsoDay } from '../../domain/iso-day.ts';
import type { DayRange } from '../../domain/position-matrix.ts';

interface BrushOptions {
  window: readonly [number, number];
  plot: { left: number; right: number };
  y0: number;
  y1: number;
  /** The brush's selection in pixels, drawn from the store's range. */
  selection: readonly [number, number] | undefined;
  onRange: (range: DayRange | null) => void;
  /** Whether the `<g>` is in the document yet (the chart waits for its width). */
  attached: boolean;
}

/**
 * A d3-brush on a ref'd `<g>` that selects whole days: a drag sets the range (on release, so
 * one drag is one history step), a click clears it. The store's range is drawn back into it.
 */
export function useTimelineBrush(
  ref: RefObject<SVGGElement | null>,
  { window, plot, y0, y1, selection, onRange, attached }: BrushOptions,
) {
  const brushRef = useRef<BrushBehavior<unknown> | null>(null);
  const latest = useRef({ window, plot, onRange });
  useEffect(() => {
    latest.current = { window, plot, onRange };
  }, [window, plot, onRange]);

  useEffect(() => {
    const g = ref.current;
    if (!g) return;
    const behavior = brushX<unknown>().on('end', (event: D3BrushEvent<unknown>) => {
      // Moves made by the effect below have no source event.
      if (!event.sourceEvent) return;
      const { window: w, plot: p, onRange: set } = latest.current;
      const px = event.selection as [number, number] | null;
      if (!px) {
        set(null);
        return;
      }
      const x = scaleUtc().domain([w[0], w[1]]).range([p.left, p.right]);
      const from = timeToIsoDay(x.invert(px[0]).getTime());
      const to = timeToIsoDay(x.invert(px[1]).getTime() - 1);
      set({ from, to: to < from ? from : to });
    });
    brushRef.current = behavior;
    return () => {
      select<SVGGElement, unknown>(g).on('.brush', null);
      brushRef.current = null;
    };
  }, [ref, attached]);

  // d3 sizes the brush's overlay when it is applied, so a new extent is applied again.
  useEffect(() => {
    const g = ref.current;
    const behavior = brushRef.current;
    if (!g || !behavior) return;
    behavior.extent([
      [plot.left, y0],
      [plot.right, y1],
    ]);
    select<SVGGElement, unknown>(g).call(behavior);
  }, [ref, plot.left, plot.right, y0, y1, attached]);

  const s0 = selection?.[0];
  const s1 = selection?.[1];
  useEffect(() => {
    const g = ref.current;
    const behavior = brushRef.current;
    if (!g || !behavior) return;
    behavior.move(
      select<SVGGElement, unknown>(g),
      s0 === undefined || s1 === undefined ? null : [s0, s1],
    );
  }, [ref, s0, s1, plot.left, plot.right, y0, y1, attached]);
}
