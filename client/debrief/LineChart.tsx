// A small hand-drawn SVG line chart: each series has its own dash pattern and marker, not just a colour.
import { useT } from '../i18n/i18n.ts';
import { type Shape, shapePath } from '../lib/roleStyle.ts';

export interface Series {
  readonly label: string;
  readonly values: readonly number[];
  readonly color: string;
  readonly dash?: string;
  readonly marker: Shape;
}

export interface Threshold {
  readonly value: number;
  readonly label: string;
  readonly tone: 'danger' | 'goal';
}

const W = 340;
const H = 170;
const L = 30;
const R = 10;
const T = 12;
const B = 26;

export function LineChart({
  title,
  series,
  max,
  rounds,
  thresholds = [],
}: {
  title: string;
  series: readonly Series[];
  max: number;
  rounds: readonly number[];
  thresholds?: readonly Threshold[];
}) {
  const n = rounds.length;
  const x = (i: number) => L + (n <= 1 ? (W - L - R) / 2 : (i * (W - L - R)) / (n - 1));
  const y = (v: number) => T + (H - T - B) * (1 - Math.min(v, max) / max);
  const t = useT();
  const description = `${t('charts.byRound', { title })} ${series
    .map((s) => `${s.label}: ${s.values.join(', ')}`)
    .join('. ')}.${thresholds.map((t) => ` ${t.label}.`).join('')}`;
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={description}>
        {[0, Math.round(max / 2), max].map((v) => (
          <g key={v}>
            <line x1={L} x2={W - R} y1={y(v)} y2={y(v)} className="grid" />
            <text x={L - 6} y={y(v) + 4} textAnchor="end" className="axis">
              {v}
            </text>
          </g>
        ))}
        {rounds.map((r, i) => (
          <text key={r} x={x(i)} y={H - 8} textAnchor="middle" className="axis">
            {r}
          </text>
        ))}
        {thresholds.map((t) => (
          <g key={t.label}>
            <line x1={L} x2={W - R} y1={y(t.value)} y2={y(t.value)} className={`threshold ${t.tone}`} />
            <text x={W - R - 2} y={y(t.value) - 4} textAnchor="end" className={`threshold-label ${t.tone}`}>
              {t.label}
            </text>
          </g>
        ))}
        {series.map((s) => (
          <g key={s.label}>
            <polyline
              points={s.values.map((v, i) => `${x(i)},${y(v)}`).join(' ')}
              fill="none"
              stroke={s.color}
              strokeWidth={2.5}
              strokeDasharray={s.dash}
            />
            {s.values.map((v, i) => (
              <path
                key={`${s.label}-${rounds[i]}`}
                d={shapePath(s.marker, 4.5)}
                transform={`translate(${x(i)},${y(v)})`}
                fill={s.color}
                stroke="#fff"
                strokeWidth={1}
              />
            ))}
          </g>
        ))}
      </svg>
      {series.length > 1 && (
        <ul className="chart-legend">
          {series.map((s) => (
            <li key={s.label}>
              <svg width="34" height="12" aria-hidden="true">
                <line
                  x1="2"
                  x2="32"
                  y1="6"
                  y2="6"
                  stroke={s.color}
                  strokeWidth="2.5"
                  strokeDasharray={s.dash}
                />
                <path d={shapePath(s.marker, 4)} transform="translate(17,6)" fill={s.color} />
              </svg>
              {s.label}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
