import { parseDate, type Granularity } from '@footfall/buckets';
import { formatMac, type TrafficComparison } from '@footfall/contract';
import { entranceDoors, type AnswerSubject } from '../domain/subject.ts';
import type { Messages } from './messages.ts';
import { formatDay } from './bucket-label.ts';

/** What names a chart: its subject and its view, as a traffic answer gives them. */
export type CaptionInput = AnswerSubject & {
  from: string;
  to: string;
  granularity: Granularity;
  businessHours: boolean;
  timezone: string;
  /** The earlier range the chart is compared with. */
  comparison?: Pick<TrafficComparison, 'kind' | 'from' | 'to'>;
};

const day = (text: string, locale: string): string => {
  const wall = parseDate(text);
  return wall === undefined ? text : formatDay(wall, locale);
};

/** A device as the picker and captions name it: `Main entrance (d4:7c:44:90:6f:14)`. */
export const deviceLabel = (device: { name: string; mac: string }): string =>
  `${device.name} (${formatMac(device.mac)})`;

/**
 * The subject's name: a device with its MAC and store, or a store and the doors it counts.
 *
 * @example subjectTitle(storeAnswer, t) // 'Nanjing Road Flagship — all doors (Main entrance, East side door)'
 */
function subjectTitle(subject: AnswerSubject, t: Messages): string {
  if ('store' in subject) {
    return t.storeSubject(
      subject.store.name,
      entranceDoors(subject.doors).map((door) => door.name),
    );
  }
  const { device } = subject;
  return device.store === '' ? deviceLabel(device) : `${deviceLabel(device)} — ${device.store}`;
}

/** The parts that name a chart: shared by the figcaption and the PNG export. */
export function captionParts(input: CaptionInput, t: Messages, locale: string) {
  const view = {
    from: day(input.from, locale),
    to: day(input.to, locale),
    granularity: t.granularityAdjectives[input.granularity],
    businessHours: input.businessHours ? t.businessHoursOn : t.businessHoursOff,
    timezone: `${t.timeZone} ${input.timezone}`,
    ...(input.comparison && {
      comparison: t.comparisonCaption(
        t.comparisonNames[input.comparison.kind],
        day(input.comparison.from, locale),
        day(input.comparison.to, locale),
      ),
    }),
  };
  const title = subjectTitle(input, t);
  if ('store' in input) return { ...view, subject: title, title };
  const { device } = input;
  const subject =
    device.store === '' ? deviceLabel(device) : t.deviceSubject(deviceLabel(device), device.store);
  return { ...view, subject, title };
}

/**
 * e.g. "Main entrance (d4:7c:44:90:6f:14), Nanjing Road Flagship · Mar 27, 2023 – Apr 2, 2023 ·
 * Hourly · all day · Time zone Asia/Shanghai" (with a comparison, "· vs the previous period, Mar
 * 20, 2023 – Mar 26, 2023" before the time zone), or for a store "Nanjing Road Flagship — all doors
 * (Main entrance, East side door) · …".
 */
export function chartCaption(input: CaptionInput, t: Messages, locale: string): string {
  return t.chartCaption(captionParts(input, t, locale));
}
