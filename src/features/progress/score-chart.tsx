import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import { formatPercent } from '@/lib/i18n';
import type { AttemptOutcome, AttemptRow } from './attempt-history';

const WIDTH = 320;
const HEIGHT = 170;
const PAD = { left: 48, right: 12, top: 12, bottom: 30 };
const PLOT_W = WIDTH - PAD.left - PAD.right;
const PLOT_H = HEIGHT - PAD.top - PAD.bottom;

const y = (share: number) => PAD.top + (1 - share) * PLOT_H;

/** A point's mark: the outcome shows in its shape, not only its colour. */
export function Marker({ outcome, x, y }: { outcome: AttemptOutcome; x: number; y: number }) {
  switch (outcome) {
    case 'passed':
      return <circle className="chart-mark chart-mark--passed" cx={x} cy={y} r={5.5} />;
    case 'failed':
      return (
        <path
          className="chart-mark chart-mark--failed"
          d={`M${x - 5} ${y - 5}L${x + 5} ${y + 5}M${x - 5} ${y + 5}L${x + 5} ${y - 5}`}
        />
      );
    case 'practice':
      return (
        <path
          className="chart-mark chart-mark--practice"
          d={`M${x} ${y - 6}L${x + 6} ${y}L${x} ${y + 6}L${x - 6} ${y}Z`}
        />
      );
  }
}

/** Which attempt numbers get a label on the x axis: all of them, or about eight. */
function tickEvery(count: number) {
  return count <= 10 ? 1 : Math.ceil(count / 8);
}

interface ScoreChartProps {
  moduleTitle: string;
  rows: AttemptRow[];
}

/**
 * Quiz scores over time: 0–100 % up, attempts in order across, a dashed line
 * at the pass mark. A picture with a spoken summary; the numbers are in the
 * table beside it.
 */
export function ScoreChart({ moduleTitle, rows }: ScoreChartProps) {
  const { t } = useTranslation('progress');
  const language = useLanguage();
  const pct = (v: number) => formatPercent(v, language);
  const passMark = rows.at(-1)?.passMark ?? 0.8;
  const x = (i: number) =>
    rows.length === 1 ? PAD.left + PLOT_W / 2 : PAD.left + (i / (rows.length - 1)) * PLOT_W;
  const every = tickEvery(rows.length);
  const label = t('history.chart', {
    count: rows.length,
    module: moduleTitle,
    first: pct(rows[0]?.score ?? 0),
    latest: pct(rows.at(-1)?.score ?? 0),
    highest: pct(Math.max(...rows.map((r) => r.score))),
    passMark: pct(passMark),
  });

  return (
    <div className="score-chart">
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="score-chart__svg"
        focusable="false"
      >
        {[0, 0.5, 1].map((share) => (
          <g key={share}>
            <line
              className="chart-grid"
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(share)}
              y2={y(share)}
            />
            <text className="chart-text" x={PAD.left - 6} y={y(share) + 4} textAnchor="end">
              {pct(share)}
            </text>
          </g>
        ))}
        <line
          className="chart-pass-mark"
          x1={PAD.left}
          x2={WIDTH - PAD.right}
          y1={y(passMark)}
          y2={y(passMark)}
        />
        {rows.length > 1 && (
          <polyline
            className="chart-line"
            points={rows.map((r, i) => `${x(i)},${y(r.score)}`).join(' ')}
          />
        )}
        {rows.map((r, i) => (
          <g key={r.number}>
            <Marker outcome={r.outcome} x={x(i)} y={y(r.score)} />
            {(i % every === 0 || i === rows.length - 1) && (
              <text className="chart-text" x={x(i)} y={HEIGHT - 10} textAnchor="middle">
                {r.number}
              </text>
            )}
          </g>
        ))}
      </svg>
      <div className="chart-legend" aria-hidden="true">
        {(['passed', 'failed', 'practice'] as const)
          .filter((o) => rows.some((r) => r.outcome === o))
          .map((o) => (
            <span key={o} className="chart-legend__item">
              <svg viewBox="0 0 16 16" className="chart-legend__mark">
                <Marker outcome={o} x={8} y={8} />
              </svg>
              {t(`history.${o}`)}
            </span>
          ))}
        <span className="chart-legend__item">
          <svg viewBox="0 0 16 16" className="chart-legend__mark">
            <line className="chart-pass-mark" x1={0} x2={16} y1={8} y2={8} />
          </svg>
          {t('history.passMark')} {pct(passMark)}
        </span>
        {rows.length > 1 && (
          <span className="chart-legend__item">
            {t('history.number')} 1–{rows.length}
          </span>
        )}
      </div>
    </div>
  );
}
