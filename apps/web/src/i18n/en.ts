/**
 * Every string the screen shows, in English: the source of the `Messages` type, which every other
 * language's file (zh.ts) must match key for key. Components never hold literal text, so a
 * translation is one edit per language.
 */
import { RANGE_LIMITS, type Comparison, type Granularity } from '@footfall/buckets';
import type { ErrorCode } from '@footfall/contract';
import type { ExportProblem } from '../domain/export-problem.ts';
import type { FlagKind } from '../domain/day-flags.ts';
import type { Preset } from '../domain/presets.ts';

/** What an API error may say beyond its code, for its message on screen. */
export interface ErrorDetails {
  /** The granularity of the view that was asked for. */
  granularity?: Granularity;
  /** The Opretail gateway's code (`null`: the platform could not be reached). */
  upstreamCode?: number | string | null;
  retryAfterSeconds?: number;
}

/** An API error's text, from what the error says beyond its code. */
type ApiErrorText = (details: ErrorDetails) => string;

const GAP_UNITS: Record<Granularity, string> = {
  hour: 'hour',
  day: 'day',
  week: 'week',
  month: 'month',
  quarter: 'quarter',
  year: 'year',
};

export const en = {
  // App and header
  productName: 'Footfall',
  /** What the product shows, under its name (the static page shell says it too, in English). */
  productLede:
    'Walk-ins and walk-outs at your stores and their doors, by hour, day, week and month',
  sandboxBadge: 'Sandbox data',
  sandboxBadgeTitle: 'Simulated traffic: no platform credentials are configured',
  navLabel: 'Pages',
  navDashboard: 'Dashboard',
  navOverview: 'All stores',
  languageLabel: 'Language / 语言',
  languageNames: { en: 'English', zh: '简体中文' },

  // Controls: the subject picker, dates, granularity, business hours
  controlsLabel: 'View',
  /** The subject picker's label. */
  subject: 'Store or door',
  /** A store's option in the picker: "Nanjing Road Flagship — all doors". */
  storeOption: (store: string) => `${store} — all doors`,
  /** An inner door's option in the picker. */
  innerDoorOption: (door: string) => `${door} · inner door, not in the total`,
  /** The picker's group of devices that belong to no store. */
  otherDevices: 'Other devices',
  from: 'From',
  to: 'To',
  presetsLabel: 'Date presets',
  presets: {
    today: 'Today',
    yesterday: 'Yesterday',
    last7: 'Last 7 days',
    last30: 'Last 30 days',
    thisMonth: 'This month',
    lastMonth: 'Last month',
    thisYear: 'This year',
  } satisfies Record<Preset, string>,
  granularity: 'Granularity',
  granularities: {
    hour: 'Hour',
    day: 'Day',
    week: 'Week',
    month: 'Month',
    quarter: 'Quarter',
    year: 'Year',
  } satisfies Record<Granularity, string>,
  /** Why a granularity is disabled, e.g. "Hour covers at most 92 days". */
  granularityLimit: (granularity: Granularity): string =>
    `${en.granularities[granularity]} covers at most ${en.rangeLimit(granularity)}; choose a shorter range.`,
  /** The longest range of a granularity, e.g. "92 days". */
  rangeLimit: (granularity: Granularity) => {
    const { days, years } = RANGE_LIMITS[granularity];
    return days !== undefined ? `${days} days` : `${years ?? 0} years`;
  },
  businessHoursOnly: 'Business hours only',

  // Captions: what a chart or the overview shows
  /** A chart's caption: what it shows (`subject`: a device, a store or the chart's title) and its view. */
  chartCaption: (p: {
    subject: string;
    from: string;
    to: string;
    granularity: string;
    businessHours: string;
    timezone: string;
    /** The range the chart is compared with, e.g. "vs the previous period, Mar 20 – 26, 2023". */
    comparison?: string;
  }) =>
    `${p.subject} · ${p.from} – ${p.to} · ${p.granularity} · ${p.businessHours}${p.comparison === undefined ? '' : ` · ${p.comparison}`} · ${p.timezone}`,
  /** A device as a caption names it, with its store. */
  deviceSubject: (device: string, store: string) => `${device}, ${store}`,
  /** A store as a chart's subject, with the doors its total counts. */
  storeSubject: (store: string, doors: readonly string[]) =>
    `${store} — all doors (${doors.join(', ')})`,
  granularityAdjectives: {
    hour: 'Hourly',
    day: 'Daily',
    week: 'Weekly',
    month: 'Monthly',
    quarter: 'Quarterly',
    year: 'Yearly',
  } satisfies Record<Granularity, string>,
  businessHoursOn: 'business hours only',
  businessHoursOff: 'all day',
  timeZone: 'Time zone',

  // Chart and legend: the series, bucket labels, buckets the range cuts
  chartTitle: 'Walk-ins and walk-outs',
  /** The note under a downsampled chart; `unit` is a lower-case granularity name. */
  drawnEvery: (size: number, unit: string) =>
    `Drawn as the peak of every ${size} ${unit}s; the totals and the data table are exact.`,
  walkIns: 'Walk-ins',
  walkOuts: 'Walk-outs',
  /** A value of a series the device does not count: a table cell, a tooltip, a summary figure. */
  notCountedByDevice: 'not counted by this device',
  /** A store's series that some entrance does not count (its total would be a partial sum). */
  notCountedByStore: 'not counted at every entrance',
  /** The legend's entry for walk-outs the device does not count. */
  notCountedByDeviceLegend: 'Walk-outs: not counted by this device',
  /** The legend's entry for walk-outs some entrance of the store does not count. */
  notCountedByStoreLegend: 'Walk-outs: not counted at every entrance of this store',
  /** Walk-outs of a store or door that does not count them all. */
  notCountedShort: 'not counted',
  /** Axis labels of the buckets whose names are words, e.g. "W13 (Mar 27)", "Mar 2023". */
  bucketLabels: {
    week: (week: number, monthDay: string) => `W${week} (${monthDay})`,
    /** A week by its number alone: "W9". */
    weekNumber: (week: number) => `W${week}`,
    month: (year: number, _month: number, monthName: string) => `${monthName} ${year}`,
    quarter: (year: number, quarter: number) => `${year} Q${quarter}`,
    year: (year: number) => String(year),
  },
  /**
   * A bucket the range cuts, in full: its period, the range's days in it, how many those are of
   * the period's: "2023 W9 · Mar 1 – 5, 5 of 7 days".
   */
  partialBucket: (period: string, days: string, held: number, periodDays: number) =>
    `${period} · ${days}, ${held} of ${periodDays} days`,
  /** An axis label of a bucket the range cuts: "W9 (Feb 27)*". */
  partialMark: (label: string) => `${label}*`,
  /** The legend's entry for the bars of buckets the range cuts. */
  partialLegend: '* Part of the period only: the range cuts it',
  tooltipPeak: 'peak',
  tooltipTotal: 'total',

  // Summary
  summaryTitle: 'Summary',
  net: 'Net',
  peak: 'Peak',
  /** Around the peak's time, after its count: " at " + "Mon 03-27 14:00" + "". */
  peakWhen: { before: ' at ', after: '' },
  /** The peak card's note on a bucket the range cuts, which it does not rank. */
  peakPartialNote: (period: string, held: number, periodDays: number) =>
    `${period} had only ${held} of ${periodDays} days and is not ranked`,
  /** Joins the peak's partial notes. */
  peakPartialJoin: '; ',

  // After hours
  /** The summary card of walk-ins outside business hours. */
  afterHours: 'Outside business hours',
  /** Its share of the whole day, e.g. "12% of the day". */
  afterHoursShare: (percent: string) => `${percent} of the day`,
  /** Its share over a range of several days, e.g. "12% of all walk-ins". */
  afterHoursShareRange: (percent: string) => `${percent} of all walk-ins`,

  // Compare: the control, the comparison series and changes
  /** The "Compare with" control's label. */
  compareWith: 'Compare with',
  compareNone: 'Nothing',
  /** Each comparison as an option of the control. */
  compareOptions: {
    previous: 'Previous period',
    week: 'Same days last week',
    year: 'Same weekdays last year',
  } satisfies Record<Comparison, string>,
  /** An option with the range it stands for: "Previous period (Mar 20 – 26)". */
  compareOption: (name: string, range: string) => `${name} (${range})`,
  /** Each comparison inside a sentence: "the previous period". */
  comparisonNames: {
    previous: 'the previous period',
    week: 'the same days last week',
    year: 'the same weekdays last year',
  } satisfies Record<Comparison, string>,
  /** The caption's comparison part: "vs the previous period, Mar 20, 2023 – Mar 26, 2023". */
  comparisonCaption: (name: string, from: string, to: string) => `vs ${name}, ${from} – ${to}`,
  /** The comparison series' name in legends, tooltips and the table, by kind. */
  comparisonWalkInsPrevious: 'Walk-ins, previous period',
  comparisonWalkInsWeek: 'Walk-ins, same days last week',
  comparisonWalkInsYear: 'Walk-ins, same weekdays last year',
  /** The table's column of the compared bucket. */
  comparedBucket: 'Compared with',
  change: 'Change',
  /** A signed change and percentage: "+124 (+8.3%)". */
  changeWithPercent: (change: string, percent: string) => `${change} (${percent})`,
  /** A change from 0, which has no percentage: "+37 (from 0, no %)". */
  changeFromZero: (change: string) => `${change} (from 0, no %)`,
  /** 0 both times. */
  changeBothZero: '0 (none either time)',
  /** After a summary figure's change: "vs Mar 20 – 26". */
  versus: (range: string) => `vs ${range}`,
  /** Where the earlier range has no buckets at all. */
  noComparisonData: 'No comparison data',
  /** Buckets of the earlier range with no data: "3 hours with no data then". */
  comparisonGaps: (gaps: string) => `${gaps} then`,

  // Flags: days whose numbers should not be taken at face value
  /** Flags: days whose numbers should not be taken at face value, each with a plain reason. */
  flagsTitle: 'Check these days',
  /** How the chart marks flags: by shape, not by colour alone. */
  flagLegend:
    'Marked along the top of the chart: a solid strip where a door was possibly offline, a dashed strip where its counts disagree.',
  flagNames: { offline: 'possibly offline', disagree: 'counts disagree' } satisfies Record<
    FlagKind,
    string
  >,
  flagOfflineReason: 'no data through the whole business day',
  /** "265 walk-outs for 217 walk-ins (+22%)"; no percentage without walk-ins. */
  flagDisagreeReason: (walkOut: string, walkIn: string, percent: string | undefined) =>
    `${walkOut} walk-outs for ${walkIn} walk-ins${percent === undefined ? '' : ` (${percent})`}`,
  /** A run of flagged days: one day, or "first – last (n days)". */
  flagDays: (first: string, last: string, days: number) =>
    days === 1 ? first : `${first} – ${last} (${days} days)`,
  /** Several runs: "15 days (Fri 2023-01-06, …, Thu 2023-01-19 and 11 more)". */
  flagManyDays: (days: number, runs: string[], more: number) =>
    `${days} days (${runs.join(', ')}${more > 0 ? ` and ${more} more` : ''})`,
  /** A line under the chart: "Front door — possibly offline, Fri 2023-03-31: no data …". */
  flagLine: (door: string, flag: string, days: string, reason: string) =>
    `${door} — ${flag}, ${days}: ${reason}`,
  flagsColumn: 'Flags',
  /** A table cell: "Front door: possibly offline (no data …)". */
  flagNote: (door: string, flag: string, reason: string) => `${door}: ${flag} (${reason})`,

  // Gaps: buckets the platform sent no row for
  /** A bucket the platform sent no row for (never a 0). */
  noData: 'no data',
  /** How many buckets that are over lack data, e.g. "3 hours with no data". */
  gapCount: (count: number, formatted: string, granularity: Granularity) =>
    `${formatted} ${GAP_UNITS[granularity]}${count === 1 ? '' : 's'} with no data`,
  /** Why gaps matter, after the count. */
  gapHint: 'the counter sent nothing for them; they are not zeros',
  /** A store door with gaps: "East side door: 3 hours with no data". */
  gapLine: (door: string, gaps: string) => `${door}: ${gaps}`,
  /** In a grouped tooltip: how many of its buckets have no data. */
  tooltipNoData: (count: string) => `${count} with no data`,

  // Heatmap: weekday × hour
  heatmapTitle: 'Weekday × hour',
  /** The heatmap's caption: what each cell is. */
  heatmapCaption:
    'Average walk-ins per weekday and hour of the range, all day, over the days with data',
  /** The busiest slot in words: "Busiest: Saturday 18:00–19:00, 187 on average". */
  heatmapBusiest: (weekday: string, hours: string, average: string) =>
    `Busiest: ${weekday} ${hours}, ${average} on average`,
  /** The colour scale's title. */
  heatmapLegend: 'Average walk-ins',
  heatmapBusinessHours: 'Business hours (outlined)',
  /** The toggle that opens the heatmap's table. */
  heatmapShowTable: 'Show as table',
  /** The table's caption. */
  heatmapTable: 'Average walk-ins by weekday and hour',
  heatmapHour: 'Hour',
  /** The map's corner: the header of its column of weekdays, for screen readers. */
  heatmapWeekday: 'Weekday',
  /** A cell's accessible name and readout: "Saturday 18:00–19:00: 187 on average (13 days)". */
  heatmapCell: (weekday: string, hours: string, average: string, days: string) =>
    `${weekday} ${hours}: ${average} on average (${days} ${days === '1' ? 'day' : 'days'})`,
  /** A cell no day has data for. */
  heatmapCellNoData: (weekday: string, hours: string) => `${weekday} ${hours}: no data`,
  /** How to move in the grid, under it. */
  heatmapKeyboardHint: 'Arrow keys move between cells.',
  /** Instead of the heatmap, for a range longer than hourly data allows. */
  heatmapTooLong: (limit: string) =>
    `The weekday × hour map covers up to ${limit}; choose a shorter range to see it.`,
  heatmapExport: 'Export map PNG',

  // Data table
  dataTableTitle: 'Data table',
  tableStart: 'Start',
  tablePage: (first: string, last: string, total: string) => `Rows ${first}–${last} of ${total}`,
  previousPage: 'Previous rows',
  nextPage: 'Next rows',

  // Doors: a store's breakdown by door
  doorsTitle: 'Doors',
  door: 'Door',
  share: 'Share of walk-ins',
  /** The share column's header where a phone has no room for `share`. */
  shareShort: 'Share',
  innerDoors: 'Inner doors',
  innerDoorsNote: 'Counters inside the store; not in the store total.',
  doorsShowAs: 'Show doors as',
  doorsAsTable: 'Table',
  doorsAsChart: 'Chart',
  doorsChartTitle: 'Walk-ins by door',
  /** Under the per-door chart when each bar sums several buckets. */
  doorsChartGrouped: (size: number, unit: string) => `Each bar sums ${size} ${unit}s.`,
  /** The door table's total row. */
  doorsTotal: 'Store total',

  // Export
  exportPng: 'Export PNG',
  exportCsv: 'Export CSV',
  /** Why the PNG export failed. */
  exportErrors: {
    noChart: 'There is no chart to export.',
    render: 'The chart image could not be drawn.',
    canvas: 'This browser cannot draw images (no canvas).',
    encode: 'The PNG file could not be written.',
    failed: 'The PNG export failed.',
  } satisfies Record<ExportProblem, string>,
  generatedAt: 'Generated',

  // Overview: all stores
  overviewTitle: 'All stores',
  /** `comparison`: what the "vs previous" column compares with, e.g. "vs Mar 20 – 26, 2023". */
  overviewCaption: (p: { from: string; to: string; businessHours: string; comparison?: string }) =>
    `${p.from} – ${p.to} · ${p.businessHours}${p.comparison === undefined ? '' : ` · ${p.comparison}`}`,
  store: 'Store',
  shareOfChain: 'Share',
  /** The accessible name of a column's sort button. */
  sortBy: (column: string) => `Sort by ${column}`,
  /** The overview's comparison column. */
  vsPrevious: 'vs previous',
  chainTotal: 'All stores',
  noStores: 'No stores are configured.',

  // Session: sign-in and the user menu
  signInTitle: 'Sign in',
  signInIntro: 'Sign in to see the traffic of your stores.',
  username: 'Username',
  password: 'Password',
  signIn: 'Sign in',
  signingIn: 'Signing in…',
  /** The link to the OpenID Connect provider's sign-in. */
  signInWithProvider: 'Sign in with single sign-on',
  signInFailed: 'Could not sign in',
  /** Back from the provider without a session (refused, cancelled or expired). */
  signInProviderFailed: 'Sign-in with single sign-on did not succeed; try again.',
  /** The user menu's button: who is signed in. */
  userMenu: (name: string) => `Signed in as ${name}`,
  signOut: 'Sign out',

  // States and errors
  loading: 'Loading traffic…',
  updating: 'Updating…',
  empty: 'No traffic recorded in this range',
  stale: 'Stale data',
  staleAge: (age: string) => `served from cache, ${age}`,
  noDevices: 'No devices are configured.',
  /** A link named a store or door this user does not see; the default is shown instead. */
  unseenSubject: (asked: string, shown: string) =>
    `The link is for “${asked}”, a store or door you cannot see, or that no longer exists. Showing ${shown} instead.`,
  errorTitle: 'Could not load traffic',
  retry: 'Retry',
  /** An API error, from its code. */
  apiErrors: {
    INVALID_QUERY: () => 'The view asks for something the server cannot read; check the dates.',
    RANGE_TOO_LONG: ({ granularity }): string =>
      granularity === undefined
        ? 'The range is too long for this granularity; choose a shorter range or a coarser granularity.'
        : `Charts by ${en.granularities[granularity].toLowerCase()} cover at most ${en.rangeLimit(granularity)}; choose a shorter range or a coarser granularity.`,
    UNKNOWN_DEVICE: () => 'This device is not configured, or you may not see it.',
    UNKNOWN_STORE: () => 'This store is not configured, or you may not see it.',
    UPSTREAM_ERROR: ({ upstreamCode }) =>
      upstreamCode === undefined || upstreamCode === null
        ? 'The Opretail platform could not be reached; try again later.'
        : `The Opretail platform answered with an error (code ${upstreamCode}); try again later, and tell your administrator if it persists.`,
    UPSTREAM_TIMEOUT: () => 'The Opretail platform did not answer in time; try again shortly.',
    NOT_FOUND: () => 'The server does not know this request; reload the page.',
    RATE_LIMITED: ({ retryAfterSeconds }): string =>
      retryAfterSeconds === undefined
        ? 'Too many attempts; wait a moment and try again.'
        : `Too many attempts; try again in ${en.waitFor(retryAfterSeconds)}.`,
    URI_TOO_LONG: () => 'The request is too long for the server.',
    HEADERS_TOO_LARGE: () =>
      'The request is too large for the server; clearing this site’s cookies may help.',
    BAD_REQUEST: () => 'The server could not read the request; reload the page.',
    INTERNAL_ERROR: () => 'Something went wrong on the server; try again shortly.',
    UNAUTHENTICATED: () => 'Your session has ended; sign in again.',
    INVALID_CREDENTIALS: () => 'The username or password is not right.',
    FOREIGN_ORIGIN: () => 'The server refused a request from another site.',
    UNSUPPORTED_MEDIA_TYPE: () => 'The server could not read the form; reload the page.',
    PAYLOAD_TOO_LARGE: () => 'What you entered is too long.',
    SESSION_STORE_UNAVAILABLE: () => 'Sign-in is unavailable for a moment; try again shortly.',
  } satisfies Record<ErrorCode, ApiErrorText> as Record<ErrorCode, ApiErrorText>,
  /** An error code this version does not know, or an error body that is not the API's. */
  unknownError: 'Something went wrong; try again.',
  /** A success answer that does not have the API's shape. */
  badResponse: 'The server sent an answer this page does not understand; reload the page.',
  /** No answer at all: the network or the server is down. */
  unreachable: 'The server could not be reached; check the connection and try again.',
  /** A wait in words, for "try again in …": "15 minutes", "40 seconds". */
  waitFor: (seconds: number) => {
    if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
    const minutes = Math.ceil(seconds / 60);
    return minutes === 1 ? '1 minute' : `${minutes} minutes`;
  },
};

/** The messages of one language: English's keys, each a string or a function of the same shape. */
export type Messages = typeof en;
