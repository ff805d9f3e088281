import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { principleColors } from '../lib/barometer-trend';

export interface TrendChartProps {
  /** The closed rounds' titles, oldest first (the x axis). */
  roundTitles: string[];
  /** One line per principle: its median in each round, null where too few answered. */
  lines: Array<{ label: string; medians: Array<number | null> }>;
  /** What the chart shows, for screen readers (the table beside it has the numbers). */
  label: string;
}

/**
 * The barometer's trend as a line chart (uPlot, on a canvas): each principle's median over the
 * closed rounds, 1 to 5. Loaded lazily, so a region page without a trend never fetches uPlot.
 */
export default function TrendChart({ roundTitles, lines, label }: TrendChartProps) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = holder.current;
    if (!element) return;
    const width = () => Math.max(280, Math.floor(element.clientWidth));
    const chart = new uPlot(
      {
        width: width(),
        height: 320,
        legend: { show: false },
        cursor: { show: false },
        scales: { x: { time: false, range: [-0.25, Math.max(roundTitles.length - 0.75, 0.25)] }, y: { range: [1, 5] } },
        axes: [
          {
            stroke: '#1b1f24',
            grid: { show: false },
            splits: () => roundTitles.map((_title, index) => index),
            values: (_chart, splits) => splits.map((split) => roundTitles[split] ?? ''),
          },
          { stroke: '#1b1f24', splits: () => [1, 2, 3, 4, 5], values: (_chart, splits) => splits.map(String), grid: { stroke: '#e3e6ea' } },
        ],
        series: [
          {},
          ...lines.map((line, index) => ({
            label: line.label,
            stroke: principleColors[index % principleColors.length],
            width: 2,
            points: { show: true, size: 7 },
            spanGaps: false,
          })),
        ],
      },
      [roundTitles.map((_title, index) => index), ...lines.map((line) => line.medians)],
      element,
    );
    const resize = new ResizeObserver(() => chart.setSize({ width: width(), height: 320 }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [roundTitles, lines]);

  return (
    <div className="barometer-chart" role="img" aria-label={label}>
      <div ref={holder} className="barometer-chart__canvas" />
      <ul className="barometer-chart__legend">
        {lines.map((line, index) => (
          <li key={line.label}>
            <span className="barometer-chart__swatch" style={{ background: principleColors[index % principleColors.length] }} />
            {line.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
