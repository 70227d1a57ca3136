import { parseDate, type Granularity } from '@footfall/buckets';
import type { Device } from '../api/schemas.ts';
import type { Messages } from '../i18n/messages.ts';
import { formatDay } from './bucket-label.ts';
import { formatMac } from '@footfall/contract';

export interface CaptionInput {
  device: Device;
  from: string;
  to: string;
  granularity: Granularity;
  businessHours: boolean;
}

const day = (text: string, locale: string): string => {
  const wall = parseDate(text);
  return wall === undefined ? text : formatDay(wall, locale);
};

/** The parts that name a chart: shared by the figcaption and the PNG export. */
export function captionParts(input: CaptionInput, t: Messages, locale: string) {
  return {
    device: `${input.device.name} (${formatMac(input.device.mac)})`,
    store: input.device.store,
    from: day(input.from, locale),
    to: day(input.to, locale),
    granularity: t.granularityAdjectives[input.granularity],
    businessHours: input.businessHours ? t.businessHoursOn : t.businessHoursOff,
    timezone: `${t.timeZone} ${input.device.timezone}`,
  };
}

/** e.g. "Main entrance (d4:7c:44:90:6f:14), Flagship · Mar 27, 2023 – Apr 2, 2023 · Hourly · all day · Time zone Asia/Shanghai" */
export function chartCaption(input: CaptionInput, t: Messages, locale: string): string {
  return t.chartCaption(captionParts(input, t, locale));
}
