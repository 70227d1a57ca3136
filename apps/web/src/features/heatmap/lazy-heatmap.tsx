/**
 * The weekday × hour map, its code and its answers loaded on demand: once the chart has its
 * answer (the dashboard renders this after it), and once the map's place on the page comes
 * within half a screen of the viewport. On a phone it sits well below the first view, so a
 * manager who reads the chart only never waits on its script, its two hourly answers or its
 * render.
 */
import { lazy, Suspense } from 'react';
import { useNearViewport } from '../view/use-near-viewport.ts';
import type { View } from '../../domain/view-state.ts';

const HeatmapSection = lazy(() =>
  import('./heatmap-section.tsx').then((module) => ({ default: module.HeatmapSection })),
);

export function LazyHeatmap({ view }: { view: View }) {
  const [ref, near] = useNearViewport<HTMLDivElement>();
  if (!near) return <div ref={ref} className="heatmap-slot" data-testid="heatmap-slot" />;
  return (
    <Suspense fallback={<div className="heatmap-slot" />}>
      <HeatmapSection view={view} />
    </Suspense>
  );
}
