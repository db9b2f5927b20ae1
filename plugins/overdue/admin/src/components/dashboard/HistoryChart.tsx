import * as React from 'react';

import { Box, Flex, Typography } from '@strapi/design-system';
import { styled, useTheme } from 'styled-components';

import { nextDay, useDateFormatters } from '@content-assurance/kit/admin';

import { FINDING_KINDS, type HistoryPoint } from '../../types';
import { useT } from '../../utils/i18n';
import { Empty } from '../Cells';
import { KIND_COLORS, isFindingKind, kindLabel } from '../../utils/kinds';

const HEIGHT = 260;
const MARGIN = { top: 12, right: 12, bottom: 36, left: 40 };
const MAX_DAYS = 90;
const OTHER_COLOR = '#8e8ea9';

interface DayBar {
  day: string;
  total: number;
  /** In the chart's kind order. */
  parts: { kind: string; count: number }[];
}

/** The width of an element, kept up to date. */
const useWidth = (): [React.RefObject<HTMLDivElement>, number] => {
  const ref = React.useRef<HTMLDivElement>(null);
  const [width, setWidth] = React.useState(0);
  React.useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    setWidth(element.clientWidth);
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver((entries) => setWidth(entries[0]?.contentRect.width ?? element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
};

/** 1, 2, 2.5, 5 × 10ⁿ (whole numbers): a step giving at most about `ticks` gridlines up to `max`. */
const niceStep = (max: number, ticks: number): number => {
  const raw = Math.max(1, max / ticks);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).filter((s) => Number.isInteger(s)).find((s) => s >= raw) ?? 10 * power;
  return Math.max(1, step);
};

/** Every day from the first scan day to the last (at most the last 90), each with its counts by kind. */
const barsOf = (history: HistoryPoint[], kinds: string[]): DayBar[] => {
  if (history.length === 0) return [];
  const byDay = new Map<string, Map<string, number>>();
  for (const point of history) {
    const counts = byDay.get(point.day) ?? new Map<string, number>();
    counts.set(point.kind, (counts.get(point.kind) ?? 0) + point.count);
    byDay.set(point.day, counts);
  }
  const days = [...byDay.keys()].sort();
  const all: string[] = [];
  for (let day = days[0]; day <= days[days.length - 1] && all.length < 400; day = nextDay(day)) all.push(day);
  return all.slice(-MAX_DAYS).map((day) => {
    const counts = byDay.get(day);
    const parts = kinds.map((kind) => ({ kind, count: counts?.get(kind) ?? 0 })).filter((part) => part.count > 0);
    return { day, total: parts.reduce((sum, part) => sum + part.count, 0), parts };
  });
};

const Swatch = styled.span<{ $color: string }>`
  display: inline-block;
  width: 1.2rem;
  height: 1.2rem;
  border-radius: 2px;
  background: ${({ $color }) => $color};
  flex-shrink: 0;
`;

const colorOf = (kind: string): string => (isFindingKind(kind) ? KIND_COLORS[kind] : OTHER_COLOR);

/** 问题趋势: the findings of each day's scan, stacked by kind, in plain SVG; a legend, and the day under the pointer. */
export const HistoryChart = ({ history }: { history: HistoryPoint[] }) => {
  const t = useT();
  const theme = useTheme();
  const { day: formatDay } = useDateFormatters();
  const [ref, width] = useWidth();
  const [hovered, setHovered] = React.useState<string | null>(null);

  const kinds = React.useMemo(() => {
    const present = new Set(history.filter((point) => point.count > 0).map((point) => point.kind));
    return [...FINDING_KINDS.filter((kind) => present.has(kind)), ...[...present].filter((kind) => !isFindingKind(kind)).sort()];
  }, [history]);
  const bars = React.useMemo(() => barsOf(history, kinds), [history, kinds]);

  if (bars.length === 0) return <Empty>{t('chart.empty')}</Empty>;

  const plotWidth = Math.max(0, width - MARGIN.left - MARGIN.right);
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const max = Math.max(1, ...bars.map((bar) => bar.total));
  const step = niceStep(max, 5);
  const top = Math.ceil(max / step) * step;
  const ticks = Array.from({ length: top / step + 1 }, (_, i) => i * step);
  const slot = bars.length > 0 ? plotWidth / bars.length : 0;
  const barWidth = Math.max(1, Math.min(40, slot * 0.7));
  const y = (value: number) => MARGIN.top + plotHeight - (value / top) * plotHeight;
  const labelEvery = Math.max(1, Math.ceil(bars.length / Math.max(1, Math.floor(plotWidth / 56))));
  const hoveredBar = bars.find((bar) => bar.day === hovered) ?? null;
  const latest = bars[bars.length - 1];
  const readout = hoveredBar ?? latest;

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Box minHeight="2.4rem">
        <Typography variant="pi" textColor="neutral700" aria-live="polite">
          {t('chart.readout', {
            day: hoveredBar ? formatDay(readout.day) : t('chart.latest', { day: formatDay(readout.day) }),
            summary:
              readout.total === 0
                ? t('chart.none')
                : t('chart.summary', {
                    total: t('chart.total', { count: readout.total }),
                    parts: readout.parts.map((part) => `${kindLabel(t, part.kind)} ${part.count}`).join(t('list.comma')),
                  }),
          })}
        </Typography>
      </Box>
      <div ref={ref} style={{ width: '100%' }}>
        {width > 0 ? (
          <svg width={width} height={HEIGHT} role="img" aria-label={t('chart.aria', { days: bars.length })} onMouseLeave={() => setHovered(null)}>
            {ticks.map((tick) => (
              <g key={tick}>
                <line x1={MARGIN.left} x2={MARGIN.left + plotWidth} y1={y(tick)} y2={y(tick)} stroke={tick === 0 ? theme.colors.neutral300 : theme.colors.neutral150} />
                <text x={MARGIN.left - 8} y={y(tick)} dy="0.32em" textAnchor="end" fontSize={11} fill={theme.colors.neutral600}>
                  {tick}
                </text>
              </g>
            ))}
            {bars.map((bar, index) => {
              const x = MARGIN.left + index * slot + (slot - barWidth) / 2;
              let base = 0;
              return (
                <g key={bar.day}>
                  {hovered === bar.day ? <rect x={MARGIN.left + index * slot} y={MARGIN.top} width={slot} height={plotHeight} fill={theme.colors.neutral150} /> : null}
                  {bar.parts.map((part) => {
                    const y0 = y(base);
                    base += part.count;
                    const y1 = y(base);
                    return <rect key={part.kind} x={x} y={y1} width={barWidth} height={Math.max(0, y0 - y1)} fill={colorOf(part.kind)} />;
                  })}
                  {index % labelEvery === 0 || index === bars.length - 1 ? (
                    <text x={MARGIN.left + index * slot + slot / 2} y={HEIGHT - MARGIN.bottom + 16} textAnchor="middle" fontSize={11} fill={theme.colors.neutral600}>
                      {bar.day.slice(5)}
                    </text>
                  ) : null}
                  {/* The whole column answers the pointer, empty days too. */}
                  <rect
                    x={MARGIN.left + index * slot}
                    y={MARGIN.top}
                    width={Math.max(1, slot)}
                    height={plotHeight}
                    fill="transparent"
                    onMouseEnter={() => setHovered(bar.day)}
                  >
                    <title>{t('chart.readout', { day: formatDay(bar.day), summary: t('chart.total', { count: bar.total }) })}</title>
                  </rect>
                </g>
              );
            })}
          </svg>
        ) : null}
      </div>
      <Flex gap={4} wrap="wrap" tag="ul" aria-label={t('chart.legend')}>
        {kinds.map((kind) => (
          <Flex key={kind} gap={2} tag="li">
            <Swatch $color={colorOf(kind)} aria-hidden />
            <Typography variant="pi" textColor="neutral700">
              {kindLabel(t, kind)}
            </Typography>
          </Flex>
        ))}
      </Flex>
    </Flex>
  );
};
