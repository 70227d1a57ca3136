/**
 * The weekday × hour map, its code loaded on demand: the dashboard renders it once the chart has
 * its answer, so neither its script nor its requests come before the first chart's.
 */
import { lazy, Suspense } from 'react';
import type { View } from '../view/view-state.ts';

const HeatmapSection = lazy(() =>
  import('./heatmap-section.tsx').then((module) => ({ default: module.HeatmapSection })),
);

export function LazyHeatmap({ view }: { view: View }) {
  return (
    <Suspense fallback={null}>
      <HeatmapSection view={view} />
    </Suspense>
  );
}
