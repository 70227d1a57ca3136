/**
 * The width of the chart box the first paint drew into: the app's charts get the same box, so
 * their first render can use it rather than wait to measure (features/chart/use-width.ts).
 */
let chartWidth = 0;

/** Called by the first paint once it has measured its chart box. */
export function rememberChartWidth(width: number): void {
  chartWidth = width;
}

/** The first paint's chart width, or 0 when nothing was painted. */
export function paintedChartWidth(): number {
  return chartWidth;
}
