/** Chart.Line series of a trend in which partial periods are drawn apart: a lighter series of their own, never part of the whole-period line. */
import type { LineSeriesData } from './drilldownModels';

/** One period's point, and whether its figure covers only part of the period. */
export interface TrendPoint {
  x: string;
  y: number;
  partial: boolean;
}

/** A series' name and colour for whole periods, and for partial ones (a lighter shade of the same hue). */
export interface TrendStyle {
  legend: string;
  color: string;
  partialLegend: string;
  partialColor: string;
}

/** Runs of consecutive partial points, as [first, last] indexes. */
function partialRuns(points: TrendPoint[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  points.forEach((point, i) => {
    if (!point.partial) return;
    const last = runs.at(-1);
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  });
  return runs;
}

/**
 * The whole periods as one series, and each run of partial periods (a range's first period, its last ones) as
 * a series of its own that starts or ends at the neighbouring whole period: the line of whole periods never
 * drops into a partial one, and the partial stretch shows as a lighter segment named in the legend. Series
 * come in the order of their first point, so the x axis keeps the periods' order.
 * @example trendSeries([{ x: 'Nov', y: 90, partial: false }, { x: 'Dec', y: 12, partial: true }], style)
 * // [{ legend: 'Cost', values: [Nov] }, { legend: 'Partial month', values: [Nov, Dec] }]
 */
export function trendSeries(points: TrendPoint[], style: TrendStyle): LineSeriesData[] {
  const xy = ({ x, y }: TrendPoint) => ({ x, y });
  const whole = points.filter((point) => !point.partial);
  const series: Array<{ start: number; data: LineSeriesData }> = [];
  if (whole.length > 0) series.push({ start: points.indexOf(whole[0]!), data: { legend: style.legend, color: style.color, values: whole.map(xy) } });
  for (const [first, last] of partialRuns(points)) {
    const from = first > 0 ? first - 1 : first;
    const to = last < points.length - 1 ? last + 1 : last;
    series.push({ start: from, data: { legend: style.partialLegend, color: style.partialColor, values: points.slice(from, to + 1).map(xy) } });
  }
  return series.sort((a, b) => a.start - b.start).map((s) => s.data);
}
