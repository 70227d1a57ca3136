/** Every string the screen shows, in 简体中文: the same keys as English (en.ts), checked. */
import { RANGE_LIMITS, type Granularity } from '@footfall/buckets';
import type { Messages } from './en.ts';

const GAP_UNITS: Record<Granularity, string> = {
  hour: '小时',
  day: '天',
  week: '周',
  month: '月',
  quarter: '季度',
  year: '年',
};

export const zh: Messages = {
  // App and header
  productName: 'Footfall',
  productLede: '各门店及其各个门的进店与出店人数，按小时、日、周、月统计',
  sandboxBadge: '沙盒数据',
  sandboxBadgeTitle: '模拟客流：未配置平台凭据',
  navLabel: '页面',
  navDashboard: '仪表盘',
  navOverview: '全部门店',
  languageLabel: 'Language / 语言',
  languageNames: { en: 'English', zh: '简体中文' },

  // Controls: the subject picker, dates, granularity, business hours
  controlsLabel: '视图',
  subject: '门店或入口',
  storeOption: (store) => `${store} — 全部入口`,
  innerDoorOption: (door) => `${door} · 店内计数，不计入总数`,
  otherDevices: '其他设备',
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
  granularityLimit: (granularity) =>
    `${zh.granularities[granularity]}粒度最多 ${zh.rangeLimit(granularity)}，请缩短日期范围。`,
  rangeLimit: (granularity) => {
    const { days, years } = RANGE_LIMITS[granularity];
    return days !== undefined ? `${days} 天` : `${years ?? 0} 年`;
  },
  businessHoursOnly: '仅营业时间',

  // Captions: what a chart or the overview shows
  chartCaption: (p) =>
    `${p.subject} · ${p.from} – ${p.to} · ${p.granularity} · ${p.businessHours}${p.comparison === undefined ? '' : ` · ${p.comparison}`} · ${p.timezone}`,
  deviceSubject: (device, store) => `${device}，${store}`,
  storeSubject: (store, doors) => `${store} — 全部入口（${doors.join('、')}）`,
  granularityAdjectives: {
    hour: '按小时',
    day: '按日',
    week: '按周',
    month: '按月',
    quarter: '按季度',
    year: '按年',
  },
  businessHoursOn: '仅营业时间',
  businessHoursOff: '全天',
  timeZone: '时区',

  // Chart and legend: the series, bucket labels, buckets the range cuts
  chartTitle: '进店与出店客流',
  drawnEvery: (size, unit) => `图中每点为每 ${size} ${unit}的峰值；汇总与数据表为精确值。`,
  walkIns: '进店',
  walkOuts: '出店',
  notCountedByDevice: '此设备不统计',
  notCountedByStore: '并非每个入口都统计',
  notCountedByDeviceLegend: '出店：此设备不统计',
  notCountedByStoreLegend: '出店：本店并非每个入口都统计',
  notCountedShort: '不统计',
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
  tooltipPeak: '峰值',
  tooltipTotal: '合计',

  // Summary
  summaryTitle: '概览',
  net: '净流量',
  peak: '峰值',
  peakWhen: { before: '（', after: '）' },
  peakPartialNote: (period, held, periodDays) =>
    `${period}仅含 ${periodDays} 天中的 ${held} 天，未参与排名`,
  peakPartialJoin: '；',

  // After hours
  afterHours: '营业时间外',
  afterHoursShare: (percent) => `占全天 ${percent}`,
  afterHoursShareRange: (percent) => `占全部进店 ${percent}`,

  // Compare: the control, the comparison series and changes
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

  // Flags: days whose numbers should not be taken at face value
  flagsTitle: '请留意这些日期',
  flagLegend: '图表顶部的标记：实线条表示入口可能离线，虚线条表示进出计数不符。',
  flagNames: { offline: '可能离线', disagree: '进出计数不符' },
  flagOfflineReason: '整个营业日没有任何数据',
  flagDisagreeReason: (walkOut, walkIn, percent) =>
    `出店 ${walkOut} 人，进店 ${walkIn} 人${percent === undefined ? '' : `（${percent}）`}`,
  flagDays: (first, last, days) => (days === 1 ? first : `${first} – ${last}（${days} 天）`),
  flagManyDays: (days, runs, more) =>
    `${days} 天（${runs.join('、')}${more > 0 ? ` 等，另有 ${more} 段` : ''}）`,
  flagLine: (door, flag, days, reason) => `${door}：${days} ${flag}，${reason}`,
  flagsColumn: '提醒',
  flagNote: (door, flag, reason) => `${door}：${flag}（${reason}）`,

  // Gaps: buckets the platform sent no row for
  noData: '无数据',
  gapCount: (_count, formatted, granularity) => `${formatted} 个${GAP_UNITS[granularity]}无数据`,
  gapHint: '计数器未上报这些时段，它们不是 0',
  gapLine: (door, gaps) => `${door}：${gaps}`,
  tooltipNoData: (count) => `${count} 个无数据`,

  // Heatmap: weekday × hour
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
  heatmapKeyboardHint: '方向键可在格子之间移动。',
  heatmapTooLong: (limit) => `星期 × 小时热力图最多覆盖 ${limit}；请选择更短的范围。`,
  heatmapExport: '导出热力图 PNG',

  // Data table
  dataTableTitle: '数据表',
  tableStart: '开始时间',
  tablePage: (first, last, total) => `第 ${first}–${last} 行，共 ${total} 行`,
  previousPage: '上一页',
  nextPage: '下一页',

  // Doors: a store's breakdown by door
  doorsTitle: '各入口',
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
  doorsTotal: '门店合计',

  // Export
  exportPng: '导出 PNG',
  exportCsv: '导出 CSV',
  exportErrors: {
    noChart: '没有可导出的图表。',
    render: '无法绘制图表图片。',
    canvas: '此浏览器无法绘制图片（不支持 canvas）。',
    encode: '无法生成 PNG 文件。',
    failed: '导出 PNG 失败。',
  },
  generatedAt: '生成时间',

  // Overview: all stores
  overviewTitle: '全部门店',
  overviewCaption: (p) =>
    `${p.from} – ${p.to} · ${p.businessHours}${p.comparison === undefined ? '' : ` · ${p.comparison}`}`,
  store: '门店',
  shareOfChain: '占比',
  sortBy: (column) => `按${column}排序`,
  vsPrevious: '较上期',
  chainTotal: '全部门店',
  noStores: '未配置任何门店。',

  // Session: sign-in and the user menu
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

  // States and errors
  loading: '正在加载客流…',
  updating: '正在更新…',
  empty: '此范围内没有客流记录',
  stale: '数据已过期',
  staleAge: (age) => `来自缓存，${age}`,
  noDevices: '未配置任何设备。',
  unseenSubject: (asked, shown) =>
    `链接指向的“${asked}”是您无权查看或已不存在的门店或入口，现显示${shown}。`,
  errorTitle: '无法加载客流',
  retry: '重试',
  apiErrors: {
    INVALID_QUERY: () => '服务器无法识别此视图的请求，请检查日期。',
    RANGE_TOO_LONG: ({ granularity }) =>
      granularity === undefined
        ? '日期范围超出此粒度的上限，请缩短日期范围或选择更粗的粒度。'
        : `${zh.granularities[granularity]}粒度的图表最多 ${zh.rangeLimit(granularity)}，请缩短日期范围或选择更粗的粒度。`,
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
        : `尝试次数过多，请 ${zh.waitFor(retryAfterSeconds)}后再试。`,
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
  waitFor: (seconds) => (seconds < 60 ? `${seconds} 秒` : `${Math.ceil(seconds / 60)} 分钟`),
};
