import { formatIn } from '../../domain/time';
import type { Instant, TimeZone } from '../../domain/types';

export interface ForecastChartProps {
  buckets: { start: Instant; count: number }[];
  tz: TimeZone;
}

const BAR = 22;
const GAP = 6;
const HEIGHT = 120;
const AXIS = 20;

/** Callbacks due per hour: hand-drawn SVG bars, summarised for screen readers and listed in a hidden table. */
export function ForecastChart({ buckets, tz }: ForecastChartProps) {
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const total = buckets.reduce((sum, b) => sum + b.count, 0);
  const busiest = buckets.reduce<{ start: Instant; count: number } | null>(
    (best, b) => (b.count > (best?.count ?? 0) ? b : best),
    null,
  );
  const hour = (at: Instant) => formatIn(at, tz, 'HH:mm');
  const summary =
    total === 0
      ? `No callbacks due in the next ${buckets.length} hours.`
      : `${total} callbacks due in the next ${buckets.length} hours; busiest hour ${busiest ? hour(busiest.start) : ''} with ${busiest?.count ?? 0}.`;
  const width = buckets.length * (BAR + GAP);

  return (
    <figure className="m-0">
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${width} ${HEIGHT + AXIS}`}
        className="h-40 w-full max-w-3xl text-blue-600 dark:text-blue-400"
        preserveAspectRatio="none"
      >
        {buckets.map((b, i) => {
          const h = Math.round((b.count / max) * HEIGHT);
          const x = i * (BAR + GAP) + GAP / 2;
          return (
            <g key={b.start}>
              <rect x={x} y={HEIGHT - h} width={BAR} height={h} rx={2} fill="currentColor" />
              {i % 3 === 0 && (
                <text
                  x={x + BAR / 2}
                  y={HEIGHT + 14}
                  textAnchor="middle"
                  fontSize="10"
                  className="fill-slate-600 dark:fill-slate-300"
                >
                  {formatIn(b.start, tz, 'HH')}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-1 text-sm text-slate-600 dark:text-slate-300">{summary}</figcaption>
      <table className="sr-only">
        <caption>Callbacks due per hour ({tz})</caption>
        <thead>
          <tr>
            <th scope="col">Hour starting</th>
            <th scope="col">Callbacks due</th>
          </tr>
        </thead>
        <tbody>
          {buckets.map((b) => (
            <tr key={b.start}>
              <td>{formatIn(b.start, tz, 'EEE HH:mm')}</td>
              <td>{b.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
