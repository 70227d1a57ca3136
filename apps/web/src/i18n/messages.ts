/**
 * Every string the screen shows, in English and 简体中文. Components never hold literal text, so a
 * translation is one edit here.
 */
import { RANGE_LIMITS, type Comparison, type Granularity } from '@footfall/buckets';
import type { ErrorCode } from '@footfall/contract';
import type { ExportProblem } from '../domain/export-problem.ts';
import type { FlagKind } from '../domain/day-flags.ts';
import type { Preset } from '../domain/presets.ts';

export type Locale = 'en' | 'zh';
export const LOCALES: readonly Locale[] = ['en', 'zh'];

/** BCP 47 tags for `Intl`. */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-US', zh: 'zh-CN' };

/** What an API error may say beyond its code, for its message on screen. */
export interface ErrorDetails {
  /** The granularity of the view that was asked for. */
  granularity?: Granularity;
  /** The Opretail gateway's code (`null`: the platform could not be reached). */
  upstreamCode?: number | string | null;
  retryAfterSeconds?: number;
}

export interface Messages {
  productName: string;
  /** What the product shows, under its name (the static page shell says it too, in English). */
  productLede: string;
  sandboxBadge: string;
  sandboxBadgeTitle: string;
  languageLabel: string;
  languageNames: Record<Locale, string>;
  controls: string;
  device: string;
  from: string;
  to: string;
  presetsLabel: string;
  presets: Record<Preset, string>;
  granularity: string;
  granularities: Record<Granularity, string>;
  granularityAdjectives: Record<Granularity, string>;
  /** Why a granularity is disabled, e.g. "Hour covers at most 92 days". */
  granularityLimit: (granularity: Granularity) => string;
  /** The longest range of a granularity, e.g. "92 days". */
  rangeLimit: (granularity: Granularity) => string;
  /** Axis labels of the buckets whose names are words, e.g. "W13 (Mar 27)", "Mar 2023". */
  bucketLabels: {
    week: (week: number, monthDay: string) => string;
    /** A week by its number alone: "W9". */
    weekNumber: (week: number) => string;
    month: (year: number, month: number, monthName: string) => string;
    quarter: (year: number, quarter: number) => string;
    year: (year: number) => string;
  };
  /**
   * A bucket the range cuts, in full: its period, the range's days in it, how many those are of
   * the period's: "2023 W9 · Mar 1 – 5, 5 of 7 days".
   */
  partialBucket: (period: string, days: string, held: number, periodDays: number) => string;
  /** An axis label of a bucket the range cuts: "W9 (Feb 27)*". */
  partialMark: (label: string) => string;
  /** The legend's entry for the bars of buckets the range cuts. */
  partialLegend: string;
  /** The peak card's note on a bucket the range cuts, which it does not rank. */
  peakPartialNote: (period: string, held: number, periodDays: number) => string;
  /** Joins the peak's partial notes. */
  peakPartialJoin: string;
  businessHoursOnly: string;
  businessHoursOn: string;
  businessHoursOff: string;
  summary: string;
  walkIns: string;
  walkOuts: string;
  net: string;
  peak: string;
  /** Around the peak's time, after its count: " at " + "Mon 03-27 14:00" + "". */
  peakWhen: { before: string; after: string };
  notCounted: string;
  legendNotCounted: string;
  /** A store's series that some entrance does not count (its total would be a partial sum). */
  notCountedStore: string;
  legendNotCountedStore: string;
  chartTitle: string;
  /** A device as a caption names it, with its store. */
  deviceSubject: (device: string, store: string) => string;
  /** A chart's caption: what it shows (`subject`: a device, a store or the chart's title) and its view. */
  chartCaption: (parts: {
    subject: string;
    from: string;
    to: string;
    granularity: string;
    businessHours: string;
    timezone: string;
    /** The range the chart is compared with, e.g. "vs the previous period, Mar 20 – 26, 2023". */
    comparison?: string;
  }) => string;
  /** The note under a downsampled chart; `unit` is a lower-case granularity name. */
  drawnEvery: (size: number, unit: string) => string;
  tooltipPeak: string;
  tooltipTotal: string;
  exportPng: string;
  exportCsv: string;
  /** Why the PNG export failed. */
  exportErrors: Record<ExportProblem, string>;
  retry: string;
  dataTable: string;
  tableStart: string;
  tablePage: (first: string, last: string, total: string) => string;
  previousPage: string;
  nextPage: string;
  loading: string;
  updating: string;
  empty: string;
  errorTitle: string;
  /** An API error, from its code. */
  apiErrors: Record<ErrorCode, (details: ErrorDetails) => string>;
  /** An error code this version does not know, or an error body that is not the API's. */
  unknownError: string;
  /** A success answer that does not have the API's shape. */
  badResponse: string;
  /** No answer at all: the network or the server is down. */
  unreachable: string;
  noDevices: string;
  /** A link named a store or door this user does not see; the default is shown instead. */
  unseenSubject: (asked: string, shown: string) => string;
  stale: string;
  staleAge: (age: string) => string;
  timeZone: string;
  generatedAt: string;
  // ── Stores and the overview (issue 9) ──────────────────────────────────────────────────────
  /** The subject picker's label. */
  subject: string;
  /** A store's option in the picker: "Nanjing Road Flagship — all doors". */
  allDoors: (store: string) => string;
  /** A store as a chart's subject, with the doors its total counts. */
  storeSubject: (store: string, doors: readonly string[]) => string;
  /** An inner door's option in the picker. */
  innerDoorOption: (door: string) => string;
  /** The picker's group of devices that belong to no store. */
  otherDevices: string;
  /** Walk-outs of a store or door that does not count them all. */
  notCountedShort: string;
  doors: string;
  door: string;
  share: string;
  /** The share column's header where a phone has no room for `share`. */
  shareShort: string;
  innerDoors: string;
  innerDoorsNote: string;
  doorsShowAs: string;
  doorsAsTable: string;
  doorsAsChart: string;
  doorsChartTitle: string;
  /** Under the per-door chart when each bar sums several buckets. */
  doorsChartGrouped: (size: number, unit: string) => string;
  /** A bucket the platform sent no row for (never a 0). */
  noData: string;
  /** How many buckets that are over lack data, e.g. "3 hours with no data". */
  gapCount: (count: number, formatted: string, granularity: Granularity) => string;
  /** Why gaps matter, after the count. */
  gapHint: string;
  /** A store door with gaps: "East side door: 3 hours with no data". */
  doorGap: (door: string, gaps: string) => string;
  /** In a grouped tooltip: how many of its buckets have no data. */
  tooltipNoData: (count: string) => string;
  /** Flags: days whose numbers should not be taken at face value, each with a plain reason. */
  flagsTitle: string;
  flagNames: Record<FlagKind, string>;
  flagOfflineReason: string;
  /** "265 walk-outs for 217 walk-ins (+22%)"; no percentage without walk-ins. */
  flagDisagreeReason: (walkOut: string, walkIn: string, percent: string | undefined) => string;
  /** A run of flagged days: one day, or "first – last (n days)". */
  flagDays: (first: string, last: string, days: number) => string;
  /** Several runs: "15 days (Fri 2023-01-06, …, Thu 2023-01-19 and 11 more)". */
  flagManyDays: (days: number, runs: string[], more: number) => string;
  /** A line under the chart: "Front door — possibly offline, Fri 2023-03-31: no data …". */
  flagLine: (door: string, flag: string, days: string, reason: string) => string;
  /** How the chart marks flags: by shape, not by colour alone. */
  flagKey: string;
  flagsColumn: string;
  /** A table cell: "Front door: possibly offline (no data …)". */
  flagNote: (door: string, flag: string, reason: string) => string;
  /** The summary card of walk-ins outside business hours. */
  afterHours: string;
  /** Its share of the whole day, e.g. "12% of the day". */
  afterHoursShare: (percent: string) => string;
  /** Its share over a range of several days, e.g. "12% of all walk-ins". */
  afterHoursShareRange: (percent: string) => string;
  heatmapTitle: string;
  /** The heatmap's caption: what each cell is. */
  heatmapCaption: string;
  /** The busiest slot in words: "Busiest: Saturday 18:00–19:00, 187 on average". */
  heatmapBusiest: (weekday: string, hours: string, average: string) => string;
  /** The colour scale's title. */
  heatmapLegend: string;
  heatmapBusinessHours: string;
  /** The toggle that opens the heatmap's table. */
  heatmapShowTable: string;
  /** The table's caption. */
  heatmapTable: string;
  heatmapHour: string;
  /** The map's corner: the header of its column of weekdays, for screen readers. */
  heatmapWeekday: string;
  /** A cell's accessible name and readout: "Saturday 18:00–19:00: 187 on average (13 days)". */
  heatmapCell: (weekday: string, hours: string, average: string, days: string) => string;
  /** A cell no day has data for. */
  heatmapCellNoData: (weekday: string, hours: string) => string;
  /** How to move in the grid, under it. */
  heatmapKeys: string;
  /** Instead of the heatmap, for a range longer than hourly data allows. */
  heatmapTooLong: (limit: string) => string;
  heatmapExport: string;
  navigation: string;
  navDashboard: string;
  navOverview: string;
  overviewTitle: string;
  /** `comparison`: what the "vs previous" column compares with, e.g. "vs Mar 20 – 26, 2023". */
  overviewCaption: (parts: {
    from: string;
    to: string;
    businessHours: string;
    comparison?: string;
  }) => string;
  store: string;
  shareOfChain: string;
  /** The accessible name of a column's sort button. */
  sortBy: (column: string) => string;
  noStores: string;
  chainTotal: string;
  /** The door table's total row. */
  doorsTotal: string;
  // ── Comparison (issue 10) ──────────────────────────────────────────────────────────────────
  /** The "Compare with" control's label. */
  compareWith: string;
  compareNone: string;
  /** Each comparison as an option of the control. */
  compareOptions: Record<Comparison, string>;
  /** An option with the range it stands for: "Previous period (Mar 20 – 26)". */
  compareOption: (name: string, range: string) => string;
  /** Each comparison inside a sentence: "the previous period". */
  comparisonNames: Record<Comparison, string>;
  /** The caption's comparison part: "vs the previous period, Mar 20, 2023 – Mar 26, 2023". */
  comparisonCaption: (name: string, from: string, to: string) => string;
  /** The comparison series' name in legends, tooltips and the table, by kind. */
  comparisonWalkInsPrevious: string;
  comparisonWalkInsWeek: string;
  comparisonWalkInsYear: string;
  /** The table's column of the compared bucket. */
  comparedBucket: string;
  change: string;
  /** A signed change and percentage: "+124 (+8.3%)". */
  changeWithPercent: (change: string, percent: string) => string;
  /** A change from 0, which has no percentage: "+37 (from 0, no %)". */
  changeFromZero: (change: string) => string;
  /** 0 both times. */
  changeBothZero: string;
  /** After a summary figure's change: "vs Mar 20 – 26". */
  versus: (range: string) => string;
  /** Where the earlier range has no buckets at all. */
  noComparisonData: string;
  /** Buckets of the earlier range with no data: "3 hours with no data then". */
  comparisonGaps: (gaps: string) => string;
  /** The overview's comparison column. */
  vsPrevious: string;
  // ── Sign-in (issue 11) ─────────────────────────────────────────────────────────────────────
  signInTitle: string;
  signInIntro: string;
  username: string;
  password: string;
  signIn: string;
  signingIn: string;
  /** The link to the OpenID Connect provider's sign-in. */
  signInWithProvider: string;
  signInFailed: string;
  /** Back from the provider without a session (refused, cancelled or expired). */
  signInProviderFailed: string;
  /** The user menu's button: who is signed in. */
  userMenu: (name: string) => string;
  signOut: string;
  /** A wait in words, for "try again in …": "15 minutes", "40 seconds". */
  waitFor: (seconds: number) => string;
}

const GAP_UNITS_EN: Record<Granularity, string> = {
  hour: 'hour',
  day: 'day',
  week: 'week',
  month: 'month',
  quarter: 'quarter',
  year: 'year',
};
const GAP_UNITS_ZH: Record<Granularity, string> = {
  hour: '小时',
  day: '天',
  week: '周',
  month: '月',
  quarter: '季度',
  year: '年',
};

export const MESSAGES: Record<Locale, Messages> = {
  en: {
    productName: 'Footfall',
    productLede:
      'Walk-ins and walk-outs at your stores and their doors, by hour, day, week and month',
    sandboxBadge: 'Sandbox data',
    sandboxBadgeTitle: 'Simulated traffic: no platform credentials are configured',
    languageLabel: 'Language / 语言',
    languageNames: { en: 'English', zh: '简体中文' },
    controls: 'View',
    device: 'Device',
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
    },
    granularity: 'Granularity',
    granularities: {
      hour: 'Hour',
      day: 'Day',
      week: 'Week',
      month: 'Month',
      quarter: 'Quarter',
      year: 'Year',
    },
    granularityAdjectives: {
      hour: 'Hourly',
      day: 'Daily',
      week: 'Weekly',
      month: 'Monthly',
      quarter: 'Quarterly',
      year: 'Yearly',
    },
    granularityLimit: (granularity) =>
      `${MESSAGES.en.granularities[granularity]} covers at most ${MESSAGES.en.rangeLimit(granularity)}; choose a shorter range.`,
    rangeLimit: (granularity) => {
      const { days, years } = RANGE_LIMITS[granularity];
      return days !== undefined ? `${days} days` : `${years ?? 0} years`;
    },
    bucketLabels: {
      week: (week, monthDay) => `W${week} (${monthDay})`,
      weekNumber: (week) => `W${week}`,
      month: (year, _month, monthName) => `${monthName} ${year}`,
      quarter: (year, quarter) => `${year} Q${quarter}`,
      year: (year) => String(year),
    },
    partialBucket: (period, days, held, periodDays) =>
      `${period} · ${days}, ${held} of ${periodDays} days`,
    partialMark: (label) => `${label}*`,
    partialLegend: '* Part of the period only: the range cuts it',
    peakPartialNote: (period, held, periodDays) =>
      `${period} had only ${held} of ${periodDays} days and is not ranked`,
    peakPartialJoin: '; ',
    businessHoursOnly: 'Business hours only',
    businessHoursOn: 'business hours only',
    businessHoursOff: 'all day',
    summary: 'Summary',
    walkIns: 'Walk-ins',
    walkOuts: 'Walk-outs',
    net: 'Net',
    peak: 'Peak',
    peakWhen: { before: ' at ', after: '' },
    notCounted: 'not counted by this device',
    legendNotCounted: 'Walk-outs: not counted by this device',
    notCountedStore: 'not counted at every entrance',
    legendNotCountedStore: 'Walk-outs: not counted at every entrance of this store',
    chartTitle: 'Walk-ins and walk-outs',
    deviceSubject: (device, store) => `${device}, ${store}`,
    chartCaption: (p) =>
      `${p.subject} · ${p.from} – ${p.to} · ${p.granularity} · ${p.businessHours}${p.comparison === undefined ? '' : ` · ${p.comparison}`} · ${p.timezone}`,
    drawnEvery: (size, unit) =>
      `Drawn as the peak of every ${size} ${unit}s; the totals and the data table are exact.`,
    tooltipPeak: 'peak',
    tooltipTotal: 'total',
    exportPng: 'Export PNG',
    exportCsv: 'Export CSV',
    exportErrors: {
      noChart: 'There is no chart to export.',
      render: 'The chart image could not be drawn.',
      canvas: 'This browser cannot draw images (no canvas).',
      encode: 'The PNG file could not be written.',
      failed: 'The PNG export failed.',
    },
    retry: 'Retry',
    dataTable: 'Data table',
    tableStart: 'Start',
    tablePage: (first, last, total) => `Rows ${first}–${last} of ${total}`,
    previousPage: 'Previous rows',
    nextPage: 'Next rows',
    loading: 'Loading traffic…',
    updating: 'Updating…',
    empty: 'No traffic recorded in this range',
    errorTitle: 'Could not load traffic',
    apiErrors: {
      INVALID_QUERY: () => 'The view asks for something the server cannot read; check the dates.',
      RANGE_TOO_LONG: ({ granularity }) =>
        granularity === undefined
          ? 'The range is too long for this granularity; choose a shorter range or a coarser granularity.'
          : `Charts by ${MESSAGES.en.granularities[granularity].toLowerCase()} cover at most ${MESSAGES.en.rangeLimit(granularity)}; choose a shorter range or a coarser granularity.`,
      UNKNOWN_DEVICE: () => 'This device is not configured, or you may not see it.',
      UNKNOWN_STORE: () => 'This store is not configured, or you may not see it.',
      UPSTREAM_ERROR: ({ upstreamCode }) =>
        upstreamCode === undefined || upstreamCode === null
          ? 'The Opretail platform could not be reached; try again later.'
          : `The Opretail platform answered with an error (code ${upstreamCode}); try again later, and tell your administrator if it persists.`,
      UPSTREAM_TIMEOUT: () => 'The Opretail platform did not answer in time; try again shortly.',
      NOT_FOUND: () => 'The server does not know this request; reload the page.',
      RATE_LIMITED: ({ retryAfterSeconds }) =>
        retryAfterSeconds === undefined
          ? 'Too many attempts; wait a moment and try again.'
          : `Too many attempts; try again in ${MESSAGES.en.waitFor(retryAfterSeconds)}.`,
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
    },
    unknownError: 'Something went wrong; try again.',
    badResponse: 'The server sent an answer this page does not understand; reload the page.',
    unreachable: 'The server could not be reached; check the connection and try again.',
    noDevices: 'No devices are configured.',
    unseenSubject: (asked, shown) =>
      `The link is for “${asked}”, a store or door you cannot see, or that no longer exists. Showing ${shown} instead.`,
    stale: 'Stale data',
    staleAge: (age) => `served from cache, ${age}`,
    timeZone: 'Time zone',
    generatedAt: 'Generated',

    // ── Stores and the overview (issue 9) ────────────────────────────────────────────────────
    subject: 'Store or door',
    allDoors: (store) => `${store} — all doors`,
    storeSubject: (store, doors) => `${store} — all doors (${doors.join(', ')})`,
    innerDoorOption: (door) => `${door} · inner door, not in the total`,
    otherDevices: 'Other devices',
    notCountedShort: 'not counted',
    doors: 'Doors',
    door: 'Door',
    share: 'Share of walk-ins',
    shareShort: 'Share',
    innerDoors: 'Inner doors',
    innerDoorsNote: 'Counters inside the store; not in the store total.',
    doorsShowAs: 'Show doors as',
    doorsAsTable: 'Table',
    doorsAsChart: 'Chart',
    doorsChartTitle: 'Walk-ins by door',
    doorsChartGrouped: (size, unit) => `Each bar sums ${size} ${unit}s.`,
    noData: 'no data',
    gapCount: (count, formatted, granularity) =>
      `${formatted} ${GAP_UNITS_EN[granularity]}${count === 1 ? '' : 's'} with no data`,
    gapHint: 'the counter sent nothing for them; they are not zeros',
    doorGap: (door, gaps) => `${door}: ${gaps}`,
    tooltipNoData: (count) => `${count} with no data`,
    flagsTitle: 'Check these days',
    flagNames: { offline: 'possibly offline', disagree: 'counts disagree' },
    flagOfflineReason: 'no data through the whole business day',
    flagDisagreeReason: (walkOut, walkIn, percent) =>
      `${walkOut} walk-outs for ${walkIn} walk-ins${percent === undefined ? '' : ` (${percent})`}`,
    flagDays: (first, last, days) => (days === 1 ? first : `${first} – ${last} (${days} days)`),
    flagManyDays: (days, runs, more) =>
      `${days} days (${runs.join(', ')}${more > 0 ? ` and ${more} more` : ''})`,
    flagLine: (door, flag, days, reason) => `${door} — ${flag}, ${days}: ${reason}`,
    flagKey:
      'Marked along the top of the chart: a solid strip where a door was possibly offline, a dashed strip where its counts disagree.',
    flagsColumn: 'Flags',
    flagNote: (door, flag, reason) => `${door}: ${flag} (${reason})`,
    afterHours: 'Outside business hours',
    afterHoursShare: (percent) => `${percent} of the day`,
    afterHoursShareRange: (percent) => `${percent} of all walk-ins`,
    heatmapTitle: 'Weekday × hour',
    heatmapCaption:
      'Average walk-ins per weekday and hour of the range, all day, over the days with data',
    heatmapBusiest: (weekday, hours, average) =>
      `Busiest: ${weekday} ${hours}, ${average} on average`,
    heatmapLegend: 'Average walk-ins',
    heatmapBusinessHours: 'Business hours (outlined)',
    heatmapShowTable: 'Show as table',
    heatmapTable: 'Average walk-ins by weekday and hour',
    heatmapHour: 'Hour',
    heatmapWeekday: 'Weekday',
    heatmapCell: (weekday, hours, average, days) =>
      `${weekday} ${hours}: ${average} on average (${days} ${days === '1' ? 'day' : 'days'})`,
    heatmapCellNoData: (weekday, hours) => `${weekday} ${hours}: no data`,
    heatmapKeys: 'Arrow keys move between cells.',
    heatmapTooLong: (limit) =>
      `The weekday × hour map covers up to ${limit}; choose a shorter range to see it.`,
    heatmapExport: 'Export map PNG',
    navigation: 'Pages',
    navDashboard: 'Dashboard',
    navOverview: 'All stores',
    overviewTitle: 'All stores',
    overviewCaption: (p) =>
      `${p.from} – ${p.to} · ${p.businessHours}${p.comparison === undefined ? '' : ` · ${p.comparison}`}`,
    store: 'Store',
    shareOfChain: 'Share',
    sortBy: (column) => `Sort by ${column}`,
    noStores: 'No stores are configured.',
    chainTotal: 'All stores',
    doorsTotal: 'Store total',
    compareWith: 'Compare with',
    compareNone: 'Nothing',
    compareOptions: {
      previous: 'Previous period',
      week: 'Same days last week',
      year: 'Same weekdays last year',
    },
    compareOption: (name, range) => `${name} (${range})`,
    comparisonNames: {
      previous: 'the previous period',
      week: 'the same days last week',
      year: 'the same weekdays last year',
    },
    comparisonCaption: (name, from, to) => `vs ${name}, ${from} – ${to}`,
    comparisonWalkInsPrevious: 'Walk-ins, previous period',
    comparisonWalkInsWeek: 'Walk-ins, same days last week',
    comparisonWalkInsYear: 'Walk-ins, same weekdays last year',
    comparedBucket: 'Compared with',
    change: 'Change',
    changeWithPercent: (change, percent) => `${change} (${percent})`,
    changeFromZero: (change) => `${change} (from 0, no %)`,
    changeBothZero: '0 (none either time)',
    versus: (range) => `vs ${range}`,
    noComparisonData: 'No comparison data',
    comparisonGaps: (gaps) => `${gaps} then`,
    vsPrevious: 'vs previous',
    signInTitle: 'Sign in',
    signInIntro: 'Sign in to see the traffic of your stores.',
    username: 'Username',
    password: 'Password',
    signIn: 'Sign in',
    signingIn: 'Signing in…',
    signInWithProvider: 'Sign in with single sign-on',
    signInFailed: 'Could not sign in',
    signInProviderFailed: 'Sign-in with single sign-on did not succeed; try again.',
    userMenu: (name) => `Signed in as ${name}`,
    signOut: 'Sign out',
    waitFor: (seconds) => {
      if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
      const minutes = Math.ceil(seconds / 60);
      return minutes === 1 ? '1 minute' : `${minutes} minutes`;
    },
  },
  zh: {
    productName: 'Footfall',
    productLede: '各门店及其各个门的进店与出店人数，按小时、日、周、月统计',
    sandboxBadge: '沙盒数据',
    sandboxBadgeTitle: '模拟客流：未配置平台凭据',
    languageLabel: 'Language / 语言',
    languageNames: { en: 'English', zh: '简体中文' },
    controls: '视图',
    device: '设备',
    from: '开始日期',
    to: '结束日期',
    presetsLabel: '快捷日期',
    presets: {
      today: '今天',
      yesterday: '昨天',
      last7: '最近 7 天',
      last30: '最近 30 天',
      thisMonth: '本月',
      lastMonth: '上月',
      thisYear: '今年',
    },
    granularity: '粒度',
    granularities: {
      hour: '小时',
      day: '日',
      week: '周',
      month: '月',
      quarter: '季度',
      year: '年',
    },
    granularityAdjectives: {
      hour: '按小时',
      day: '按日',
      week: '按周',
      month: '按月',
      quarter: '按季度',
      year: '按年',
    },
    granularityLimit: (granularity) =>
      `${MESSAGES.zh.granularities[granularity]}粒度最多 ${MESSAGES.zh.rangeLimit(granularity)}，请缩短日期范围。`,
    rangeLimit: (granularity) => {
      const { days, years } = RANGE_LIMITS[granularity];
      return days !== undefined ? `${days} 天` : `${years ?? 0} 年`;
    },
    bucketLabels: {
      week: (week, monthDay) => `第${week}周（${monthDay}）`,
      weekNumber: (week) => `第${week}周`,
      month: (year, month) => `${year}年${month}月`,
      quarter: (year, quarter) => `${year} Q${quarter}`,
      year: (year) => `${year}年`,
    },
    partialBucket: (period, days, held, periodDays) =>
      `${period} · ${days}，${periodDays} 天中的 ${held} 天`,
    partialMark: (label) => `${label}*`,
    partialLegend: '* 仅含部分周期：日期范围截断了它',
    peakPartialNote: (period, held, periodDays) =>
      `${period}仅含 ${periodDays} 天中的 ${held} 天，未参与排名`,
    peakPartialJoin: '；',
    businessHoursOnly: '仅营业时间',
    businessHoursOn: '仅营业时间',
    businessHoursOff: '全天',
    summary: '概览',
    walkIns: '进店',
    walkOuts: '出店',
    net: '净流量',
    peak: '峰值',
    peakWhen: { before: '（', after: '）' },
    notCounted: '此设备不统计',
    legendNotCounted: '出店：此设备不统计',
    notCountedStore: '并非每个入口都统计',
    legendNotCountedStore: '出店：本店并非每个入口都统计',
    chartTitle: '进店与出店客流',
    deviceSubject: (device, store) => `${device}，${store}`,
    chartCaption: (p) =>
      `${p.subject} · ${p.from} – ${p.to} · ${p.granularity} · ${p.businessHours}${p.comparison === undefined ? '' : ` · ${p.comparison}`} · ${p.timezone}`,
    drawnEvery: (size, unit) => `图中每点为每 ${size} ${unit}的峰值；汇总与数据表为精确值。`,
    tooltipPeak: '峰值',
    tooltipTotal: '合计',
    exportPng: '导出 PNG',
    exportCsv: '导出 CSV',
    exportErrors: {
      noChart: '没有可导出的图表。',
      render: '无法绘制图表图片。',
      canvas: '此浏览器无法绘制图片（不支持 canvas）。',
      encode: '无法生成 PNG 文件。',
      failed: '导出 PNG 失败。',
    },
    retry: '重试',
    dataTable: '数据表',
    tableStart: '开始时间',
    tablePage: (first, last, total) => `第 ${first}–${last} 行，共 ${total} 行`,
    previousPage: '上一页',
    nextPage: '下一页',
    loading: '正在加载客流…',
    updating: '正在更新…',
    empty: '此范围内没有客流记录',
    errorTitle: '无法加载客流',
    apiErrors: {
      INVALID_QUERY: () => '服务器无法识别此视图的请求，请检查日期。',
      RANGE_TOO_LONG: ({ granularity }) =>
        granularity === undefined
          ? '日期范围超出此粒度的上限，请缩短日期范围或选择更粗的粒度。'
          : `${MESSAGES.zh.granularities[granularity]}粒度的图表最多 ${MESSAGES.zh.rangeLimit(granularity)}，请缩短日期范围或选择更粗的粒度。`,
      UNKNOWN_DEVICE: () => '此设备未配置，或您无权查看。',
      UNKNOWN_STORE: () => '此门店未配置，或您无权查看。',
      UPSTREAM_ERROR: ({ upstreamCode }) =>
        upstreamCode === undefined || upstreamCode === null
          ? '无法连接万店掌平台，请稍后重试。'
          : `万店掌平台返回错误（代码 ${upstreamCode}），请稍后重试；如持续出现，请联系管理员。`,
      UPSTREAM_TIMEOUT: () => '万店掌平台未能及时响应，请稍后重试。',
      NOT_FOUND: () => '服务器不认识此请求，请刷新页面。',
      RATE_LIMITED: ({ retryAfterSeconds }) =>
        retryAfterSeconds === undefined
          ? '尝试次数过多，请稍候再试。'
          : `尝试次数过多，请 ${MESSAGES.zh.waitFor(retryAfterSeconds)}后再试。`,
      URI_TOO_LONG: () => '请求过长，服务器无法处理。',
      HEADERS_TOO_LARGE: () => '请求过大，服务器无法处理；清除本站 Cookie 或许有帮助。',
      BAD_REQUEST: () => '服务器无法读取请求，请刷新页面。',
      INTERNAL_ERROR: () => '服务器出现问题，请稍后重试。',
      UNAUTHENTICATED: () => '会话已结束，请重新登录。',
      INVALID_CREDENTIALS: () => '用户名或密码不正确。',
      FOREIGN_ORIGIN: () => '服务器拒绝了来自其他网站的请求。',
      UNSUPPORTED_MEDIA_TYPE: () => '服务器无法读取表单，请刷新页面。',
      PAYLOAD_TOO_LARGE: () => '输入的内容过长。',
      SESSION_STORE_UNAVAILABLE: () => '登录暂时不可用，请稍后重试。',
    },
    unknownError: '出现问题，请重试。',
    badResponse: '服务器的响应无法识别，请刷新页面。',
    unreachable: '无法连接服务器，请检查网络后重试。',
    noDevices: '未配置任何设备。',
    unseenSubject: (asked, shown) =>
      `链接指向的“${asked}”是您无权查看或已不存在的门店或入口，现显示${shown}。`,
    stale: '数据已过期',
    staleAge: (age) => `来自缓存，${age}`,
    timeZone: '时区',
    generatedAt: '生成时间',

    // ── Stores and the overview (issue 9) ────────────────────────────────────────────────────
    subject: '门店或入口',
    allDoors: (store) => `${store} — 全部入口`,
    storeSubject: (store, doors) => `${store} — 全部入口（${doors.join('、')}）`,
    innerDoorOption: (door) => `${door} · 店内计数，不计入总数`,
    otherDevices: '其他设备',
    notCountedShort: '不统计',
    doors: '各入口',
    door: '入口',
    share: '进店占比',
    shareShort: '占比',
    innerDoors: '店内计数点',
    innerDoorsNote: '位于店内的计数设备，不计入门店总数。',
    doorsShowAs: '入口显示方式',
    doorsAsTable: '表格',
    doorsAsChart: '图表',
    doorsChartTitle: '各入口进店客流',
    doorsChartGrouped: (size, unit) => `每根柱为 ${size} ${unit}之和。`,
    noData: '无数据',
    gapCount: (_count, formatted, granularity) =>
      `${formatted} 个${GAP_UNITS_ZH[granularity]}无数据`,
    gapHint: '计数器未上报这些时段，它们不是 0',
    doorGap: (door, gaps) => `${door}：${gaps}`,
    tooltipNoData: (count) => `${count} 个无数据`,
    flagsTitle: '请留意这些日期',
    flagNames: { offline: '可能离线', disagree: '进出计数不符' },
    flagOfflineReason: '整个营业日没有任何数据',
    flagDisagreeReason: (walkOut, walkIn, percent) =>
      `出店 ${walkOut} 人，进店 ${walkIn} 人${percent === undefined ? '' : `（${percent}）`}`,
    flagDays: (first, last, days) => (days === 1 ? first : `${first} – ${last}（${days} 天）`),
    flagManyDays: (days, runs, more) =>
      `${days} 天（${runs.join('、')}${more > 0 ? ` 等，另有 ${more} 段` : ''}）`,
    flagLine: (door, flag, days, reason) => `${door}：${days} ${flag}，${reason}`,
    flagKey: '图表顶部的标记：实线条表示入口可能离线，虚线条表示进出计数不符。',
    flagsColumn: '提醒',
    flagNote: (door, flag, reason) => `${door}：${flag}（${reason}）`,
    afterHours: '营业时间外',
    afterHoursShare: (percent) => `占全天 ${percent}`,
    afterHoursShareRange: (percent) => `占全部进店 ${percent}`,
    heatmapTitle: '星期 × 小时',
    heatmapCaption: '所选范围内每个星期几、每个小时的平均进店人次（全天，按有数据的天数平均）',
    heatmapBusiest: (weekday, hours, average) => `最忙：${weekday} ${hours}，平均 ${average} 人次`,
    heatmapLegend: '平均进店人次',
    heatmapBusinessHours: '营业时间（描边）',
    heatmapShowTable: '以表格显示',
    heatmapTable: '各星期几、各小时的平均进店人次',
    heatmapHour: '小时',
    heatmapWeekday: '星期',
    heatmapCell: (weekday, hours, average, days) =>
      `${weekday} ${hours}：平均 ${average} 人次（${days} 天）`,
    heatmapCellNoData: (weekday, hours) => `${weekday} ${hours}：无数据`,
    heatmapKeys: '方向键可在格子之间移动。',
    heatmapTooLong: (limit) => `星期 × 小时热力图最多覆盖 ${limit}；请选择更短的范围。`,
    heatmapExport: '导出热力图 PNG',
    navigation: '页面',
    navDashboard: '仪表盘',
    navOverview: '全部门店',
    overviewTitle: '全部门店',
    overviewCaption: (p) =>
      `${p.from} – ${p.to} · ${p.businessHours}${p.comparison === undefined ? '' : ` · ${p.comparison}`}`,
    store: '门店',
    shareOfChain: '占比',
    sortBy: (column) => `按${column}排序`,
    noStores: '未配置任何门店。',
    chainTotal: '全部门店',
    doorsTotal: '门店合计',
    compareWith: '对比',
    compareNone: '不对比',
    compareOptions: {
      previous: '上一周期',
      week: '上周同期',
      year: '去年同期（同星期）',
    },
    compareOption: (name, range) => `${name}（${range}）`,
    comparisonNames: {
      previous: '上一周期',
      week: '上周同期',
      year: '去年同期（同星期）',
    },
    comparisonCaption: (name, from, to) => `对比${name} ${from} – ${to}`,
    comparisonWalkInsPrevious: '进店（上一周期）',
    comparisonWalkInsWeek: '进店（上周同期）',
    comparisonWalkInsYear: '进店（去年同期）',
    comparedBucket: '对比时段',
    change: '变化',
    changeWithPercent: (change, percent) => `${change}（${percent}）`,
    changeFromZero: (change) => `${change}（原为 0，无百分比）`,
    changeBothZero: '0（两期均为 0）',
    versus: (range) => `对比 ${range}`,
    noComparisonData: '无对比数据',
    comparisonGaps: (gaps) => `当时${gaps}`,
    vsPrevious: '较上期',
    signInTitle: '登录',
    signInIntro: '登录后查看您门店的客流。',
    username: '用户名',
    password: '密码',
    signIn: '登录',
    signingIn: '正在登录…',
    signInWithProvider: '使用单点登录',
    signInFailed: '无法登录',
    signInProviderFailed: '单点登录未成功，请重试。',
    userMenu: (name) => `已登录：${name}`,
    signOut: '退出登录',
    waitFor: (seconds) => (seconds < 60 ? `${seconds} 秒` : `${Math.ceil(seconds / 60)} 分钟`),
  },
};

/**
 * The messages for a BCP 47 tag, for code that formats by `Intl` locale: Chinese for any `zh` tag,
 * English otherwise.
 *
 * @example messagesFor('zh-CN').walkIns // '进店'
 */
export function messagesFor(intlLocale: string): Messages {
  return MESSAGES[intlLocale.toLowerCase().startsWith('zh') ? 'zh' : 'en'];
}
