/**
 * The chart's flag marks: a strip along the top of the plot over each run of flagged buckets,
 * solid for "possibly offline", dashed for "counts disagree" (shape, not colour alone), each
 * with its reason as an SVG title. Drawn above the bars, so a tall bar never hides one.
 */
import { ReferenceArea } from 'recharts';
import type { Messages } from '../../i18n/messages.ts';
import type { FlagKind } from '../../domain/day-flags.ts';
import type { FlagMark } from '../../domain/flag-places.ts';

const FLAG_COLORS: Record<FlagKind, string> = { offline: '#b91c1c', disagree: '#b45309' };
const STRIP = 5;
/** Each kind keeps its own row, so both show on a day that has both. */
const ROW: Record<FlagKind, number> = { offline: 1, disagree: 2 + STRIP + 1 };
// Above bars (300), lines (400) and the axes (500); below the tooltip's cursor.
const FLAG_Z_INDEX = 650;

interface AreaBox {
  x?: number;
  y?: number;
  width?: number;
}

function FlagStrip({ box, mark, title }: { box: AreaBox; mark: FlagMark; title: string }) {
  const x = box.x ?? 0;
  const width = Math.max(2, box.width ?? 0);
  const y = (box.y ?? 0) + ROW[mark.kind];
  const color = FLAG_COLORS[mark.kind];
  return (
    <g
      className={`flag-mark flag-mark-${mark.kind}`}
      data-flag={mark.kind}
      data-days={mark.days.join(' ')}
    >
      <title>{title}</title>
      {mark.kind === 'offline' ? (
        <rect x={x} y={y} width={width} height={STRIP} fill={color} />
      ) : (
        <line
          x1={x}
          x2={x + width}
          y1={y + STRIP / 2}
          y2={y + STRIP / 2}
          stroke={color}
          strokeWidth={STRIP}
          strokeDasharray="6 3"
        />
      )}
    </g>
  );
}

/**
 * The reference areas of `marks`, as children of a recharts chart.
 *
 * @example <ComposedChart>{flagAreas(marks, t)}</ComposedChart>
 */
export function flagAreas(marks: readonly FlagMark[], t: Messages) {
  const titleOf = (mark: FlagMark): string =>
    t.flagNote(mark.doors.join(', '), t.flagNames[mark.kind], mark.days.join(', '));
  return marks.map((mark) => (
    <ReferenceArea
      key={`${mark.kind}|${String(mark.from)}`}
      x1={mark.from}
      x2={mark.to}
      ifOverflow="visible"
      zIndex={FLAG_Z_INDEX}
      shape={(box: AreaBox) => <FlagStrip box={box} mark={mark} title={titleOf(mark)} />}
    />
  ));
}
