// The city dashboard (城市看板), served by the gateway at GET /dashboard: a public page that reads
// aggregates through the public GraphQL API with the dashboard key the user types, region by
// region: it starts where the key's figures start (the nation, or the key's province, city,
// county or street) and drills down level by level. Charts are Apache ECharts, bundled (no CDN).
import * as echarts from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import './dashboard.css';
import { readPageConfig, type DashboardConfig } from '../page-config';
import {
  ApiError,
  MAX_MONTHS,
  beijingMonth,
  loadChildren,
  loadDetail,
  loadOverview,
  loadRegionPath,
  loadViewerRegions,
  monthsOf,
  type Detail,
  type Overview,
  type RegionInfo,
  type RegionLevel,
  type Section,
} from './api';
import { REPORT_CATEGORY, REPORT_STATUS, STATION_KIND, label } from './labels';

echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

const config = readPageConfig<DashboardConfig>();
const KEY_STORAGE = 'nef-dashboard-key';
const FONT = "system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";
const COLORS = ['#c23531', '#2f4554', '#61a0a8', '#d48265', '#91c7ae', '#749f83', '#ca8622', '#bda29a', '#6e7074'];

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

document.getElementById('root')!.innerHTML = `
<header class="top">
  <div>
    <h1>新就业形态劳动者服务 · 城市看板 <small>City dashboard</small></h1>
    <p class="sub">驿站、工会、培训、随手拍：全国、省、市、区县、街道逐级汇总 · Stations, union, training and reports, nation to street</p>
  </div>
  <nav id="links"></nav>
</header>
<form id="controls" class="controls" autocomplete="off">
  <label>API 密钥 <span>API key</span>
    <input id="key" name="key" type="password" autocomplete="off" placeholder="看板密钥 dashboard key" spellcheck="false" />
  </label>
  <label>起 <span>From</span>
    <input id="from" name="from" type="month" required />
  </label>
  <label>止 <span>To</span>
    <input id="to" name="to" type="month" required />
  </label>
  <button id="load" type="submit">查询 Load</button>
</form>
<nav id="crumbs" class="crumbs" aria-label="地区 Region"></nav>
<p id="status" class="status" role="status"></p>
<section id="kpis" class="kpis"></section>
<section class="charts">
  <figure><div id="chart-stations24h" class="chart"></div></figure>
  <figure><div id="chart-stationKinds" class="chart"></div></figure>
  <figure><div id="chart-joined" class="chart"></div></figure>
  <figure><div id="chart-training" class="chart"></div></figure>
  <figure><div id="chart-reports" class="chart"></div><figcaption id="reports-status"></figcaption></figure>
  <figure><div id="chart-resolveHours" class="chart"></div></figure>
</section>
<section class="table">
  <h2 id="table-title">下级地区概览 <small>The regions below</small></h2>
  <p id="table-note" class="note"></p>
  <div class="scroll">
    <table id="overview">
      <thead><tr>
        <th>地区 Region</th>
        <th>驿站 Stations</th><th>24 小时 Open 24h</th><th>24 小时占比 24h share</th><th>到访 Visits</th>
        <th>会员 Members</th><th>新入会 Joined</th>
        <th>课程 Courses</th><th>报名 Enrolments</th><th>结业 Completions</th>
        <th>上报 Reports</th><th>办结 Resolved</th><th>处置中位时长 Median hours</th>
      </tr></thead>
      <tbody></tbody>
    </table>
  </div>
</section>
<footer>数据来自公开 GraphQL API（需看板密钥）· Data from the public GraphQL API with a dashboard key. 时间按北京时间 Months in Beijing time.</footer>
`;

const keyInput = $<HTMLInputElement>('key');
const fromInput = $<HTMLInputElement>('from');
const toInput = $<HTMLInputElement>('to');
const status = $<HTMLParagraphElement>('status');

if (config.playground) {
  const a = document.createElement('a');
  a.href = 'graphql';
  a.textContent = '调试台 Playground →';
  $('links').append(a);
}

// Chart instances by id; exposed for the browser tests.
const charts: Record<string, echarts.ECharts> = {};
for (const id of ['stations24h', 'stationKinds', 'joined', 'training', 'reports', 'resolveHours']) {
  charts[id] = echarts.init($(`chart-${id}`), undefined, { renderer: 'canvas' });
}
window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));
(window as unknown as { nefDashboard: unknown }).nefDashboard = {
  series: () =>
    Object.entries(charts).map(([id, chart]) => ({
      id,
      series: ((chart.getOption().series ?? []) as { name?: string; data?: unknown[] }[]).map((s) => ({
        name: s.name,
        data: (s.data ?? []).map((d) => (typeof d === 'number' ? d : Number((d as { value?: unknown }).value ?? 0))),
      })),
    })),
};

// --- state -------------------------------------------------------------------------------

const params = new URLSearchParams(window.location.search);
/** Where the key's figures start (its regions, or the nation). */
let roots: RegionInfo[] = [];
/** The region shown, and the regions from its key's root down to it. */
let current: RegionInfo | null = null;
let crumbs: RegionInfo[] = [];
/** The regions directly below the one shown (the table's rows, those with figures). */
let children: RegionInfo[] = [];
let overview = new Map<string, Overview>();
/** Sections of the table whose service could not answer. */
let overviewUnavailable: Section[] = [];
let generation = 0;

keyInput.value = sessionStorage.getItem(KEY_STORAGE) ?? config.defaultKey;
fromInput.value = params.get('from') ?? beijingMonth(-(MAX_MONTHS - 1));
toInput.value = params.get('to') ?? beijingMonth();
let wanted = params.get('region') ?? '';

function setState(state: 'loading' | 'ready' | 'error' | 'idle', message = '') {
  document.body.dataset.state = state;
  status.textContent = message;
  status.className = `status ${state}`;
}

const fmt = (n: number | null | undefined, digits = 0) =>
  n === null || n === undefined ? '—' : n.toLocaleString('zh-CN', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const share = (part: number | undefined, whole: number | undefined) =>
  part !== undefined && whole !== undefined && whole > 0 ? `${fmt((100 * part) / whole, 0)}%` : '—';

/** What a section is called, for the note that says which are unavailable. */
const SECTION_LABEL: Record<Section, string> = {
  stationMetrics: '驿站 Stations',
  unionMetrics: '工会 Union',
  trainingMetrics: '培训 Training',
  governanceMetrics: '随手拍 Reports',
};
/** One service down costs only its own figures: they show as — and this note names them. */
const unavailableNote = (sections: Section[]) =>
  sections.length > 0 ? `暂不可用 Unavailable now: ${sections.map((s) => SECTION_LABEL[s]).join(', ')}. ` : '';

function period(): { from: string; to: string; months: ReturnType<typeof monthsOf> } | string {
  if (!fromInput.value || !toInput.value) return '请选择起止月份 Pick the months';
  if (fromInput.value > toInput.value) return '起始月份晚于结束月份 From is after To';
  const months = monthsOf(fromInput.value, toInput.value);
  if (months.length > MAX_MONTHS) return `最多 ${MAX_MONTHS} 个月 At most ${MAX_MONTHS} months`;
  return { from: months[0]!.start, to: months[months.length - 1]!.end, months };
}

function explain(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.code === 'UNAUTHENTICATED') return `密钥无效 The API key was refused: ${err.message}`;
    if (err.code === 'FORBIDDEN') return `此密钥无权查看 This key may not read this: ${err.message}`;
    if (err.code === 'RATE_LIMITED') return `请求过多，请稍后再试 Too many requests, try again shortly`;
    return `${err.message} (${err.code})`;
  }
  return String(err);
}

const LEVEL_LABEL: Record<RegionLevel, string> = {
  NATION: '全国 Nation',
  PROVINCE: '省级 Province',
  CITY: '地级 City',
  COUNTY: '县级 County',
  STREET: '乡镇街道 Street',
};
const BELOW: Record<RegionLevel, string> = {
  NATION: '各省 Provinces',
  PROVINCE: '各市 Cities',
  CITY: '各区县 Counties',
  COUNTY: '各街道乡镇 Streets',
  STREET: '本街道 This street',
};

function remember() {
  const q = new URLSearchParams({ region: current?.code ?? '', from: fromInput.value, to: toInput.value });
  history.replaceState(null, '', `${window.location.pathname}?${q}`);
}

// --- loading -----------------------------------------------------------------------------

/** Everything: where the key starts, then the region asked for (or the key's first), its table and charts. */
async function loadAll() {
  const run = ++generation;
  const key = keyInput.value.trim();
  const p = period();
  if (typeof p === 'string') return setState('error', p);
  if (!key) {
    clearCharts();
    return setState('idle', '请输入看板 API 密钥 Enter a dashboard API key');
  }
  sessionStorage.setItem(KEY_STORAGE, key);
  setState('loading', '加载中… Loading…');
  try {
    if (roots.length === 0) roots = await loadViewerRegions(key);
    if (run !== generation) return;
    if (roots.length === 0) {
      clearAll();
      return setState('error', '此密钥不能读取任何地区的统计（需要看板密钥）This key cannot read any region’s figures: use a dashboard key');
    }
    await show(run, key, p, wanted || current?.code || roots[0]!.code);
  } catch (err) {
    if (run === generation) setState('error', explain(err));
  }
}

/** Goes to another region (a row, a crumb); the key and the period stay. */
async function goTo(code: string) {
  const run = ++generation;
  const p = period();
  if (typeof p === 'string') return setState('error', p);
  setState('loading', '加载中… Loading…');
  try {
    await show(run, keyInput.value.trim(), p, code);
  } catch (err) {
    if (run === generation) setState('error', explain(err));
  }
}

/**
 * One region: the path down to it from the key's root (a region outside the key's reach falls
 * back to the key's first region), the table of the regions directly below with figures, and
 * its own figures and charts.
 */
async function show(run: number, key: string, p: Exclude<ReturnType<typeof period>, string>, code: string) {
  let path = await loadRegionPath(key, code);
  let start = path.findIndex((r) => roots.some((root) => root.code === r.code));
  if (start < 0) {
    path = await loadRegionPath(key, roots[0]!.code);
    start = path.findIndex((r) => r.code === roots[0]!.code);
  }
  const region = path[path.length - 1]!;
  const below = region.level === 'STREET' ? [region] : await loadChildren(key, region.code);
  const [table, detail] = await Promise.all([loadOverview(key, below.map((r) => r.code), p), loadDetail(key, region.code, p, p.months)]);
  if (run !== generation) return;
  current = region;
  wanted = region.code;
  crumbs = path.slice(start);
  overview = table.rows;
  overviewUnavailable = table.unavailable;
  // Regions without a figure yet are left out of the table (most streets of a county, most provinces in the demo).
  children = below.filter((r) => overview.has(r.code) && hasFigures(overview.get(r.code)!));
  remember();
  renderCrumbs();
  renderTable(below.length - children.length);
  renderKpis(detail);
  renderCharts(detail, p.months.map((m) => m.id));
  document.body.dataset.region = region.code;
  document.body.dataset.level = region.level;
  setState('ready', `${unavailableNote(detail.unavailable)}${detail.name} · ${LEVEL_LABEL[detail.level]} · ${p.months[0]!.id} — ${p.months[p.months.length - 1]!.id}`);
}

function hasFigures(o: Overview): boolean {
  const values = [
    o.stationMetrics?.stations, o.stationMetrics?.visits, o.unionMetrics?.members, o.unionMetrics?.joined,
    o.trainingMetrics?.courses, o.trainingMetrics?.enrollments, o.governanceMetrics?.reports,
  ];
  // A section whose service could not answer counts as having figures: the row stays, with dashes.
  return values.some((v) => v === undefined || v > 0);
}

// --- rendering ---------------------------------------------------------------------------

/** The path from the key's root down to the region shown; each step goes back up. With several roots, each is offered. */
function renderCrumbs() {
  const nav = $('crumbs');
  const items: HTMLElement[] = [];
  if (roots.length > 1) {
    const label = document.createElement('span');
    label.textContent = '密钥范围 Key’s regions:';
    items.push(label);
    for (const r of roots) items.push(crumb(r, crumbs[0]?.code === r.code && crumbs.length === 1));
    items.push(document.createElement('br'));
  }
  crumbs.forEach((r, i) => {
    if (i > 0) {
      const sep = document.createElement('span');
      sep.className = 'sep';
      sep.textContent = '›';
      items.push(sep);
    }
    items.push(crumb(r, i === crumbs.length - 1));
  });
  nav.replaceChildren(...items);
}

function crumb(r: RegionInfo, here: boolean): HTMLElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.dataset.code = r.code;
  b.textContent = r.name;
  b.title = `${LEVEL_LABEL[r.level]} ${r.code}`;
  if (here) b.setAttribute('aria-current', 'page');
  else b.addEventListener('click', () => void goTo(r.code));
  return b;
}

function renderTable(hidden: number) {
  const body = $<HTMLTableElement>('overview').tBodies[0]!;
  const rows = children.map((d) => {
    const o = overview.get(d.code)!;
    const tr = document.createElement('tr');
    tr.dataset.code = d.code;
    const cells = [
      d.name,
      fmt(o.stationMetrics?.stations),
      fmt(o.stationMetrics?.open24h),
      share(o.stationMetrics?.open24h, o.stationMetrics?.stations),
      fmt(o.stationMetrics?.visits),
      fmt(o.unionMetrics?.members),
      fmt(o.unionMetrics?.joined),
      fmt(o.trainingMetrics?.courses),
      fmt(o.trainingMetrics?.enrollments),
      fmt(o.trainingMetrics?.completions),
      fmt(o.governanceMetrics?.reports),
      fmt(o.governanceMetrics?.resolved),
      fmt(o.governanceMetrics?.medianHoursToResolve, 1),
    ];
    for (const [i, text] of cells.entries()) {
      const td = document.createElement(i === 0 ? 'th' : 'td');
      td.textContent = text;
      tr.append(td);
    }
    if (d.code !== current?.code) tr.addEventListener('click', () => void goTo(d.code));
    return tr;
  });
  body.replaceChildren(...rows);
  $('table-title').replaceChildren(document.createTextNode(`${current?.name ?? ''} · ${BELOW[current?.level ?? 'NATION']} `));
  $('table-note').textContent =
    unavailableNote(overviewUnavailable) +
    (hidden > 0 ? `另有 ${hidden} 个地区暂无数据 ${hidden} more regions have no figures yet. ` : '') +
    (current?.level === 'STREET' ? '街道为最低一级 A street is the lowest level.' : '点击一行查看下一级 Click a row to go one level down.');
}

function renderKpis(d: Detail) {
  const kpis: [string, string, string][] = [
    ['驿站', 'Stations', fmt(d.stationMetrics?.stations)],
    ['24 小时占比', '24h share', share(d.stationMetrics?.open24h, d.stationMetrics?.stations)],
    ['工会会员', 'Union members', fmt(d.unionMetrics?.members)],
    ['期内新入会', 'Joined in period', fmt(d.unionMetrics?.joined)],
    ['报名 / 结业', 'Enrolments / completions', `${fmt(d.trainingMetrics?.enrollments)} / ${fmt(d.trainingMetrics?.completions)}`],
    ['随手拍上报', 'Reports', fmt(d.governanceMetrics?.reports)],
    ['处置中位时长', 'Median hours to resolve', d.governanceMetrics?.medianHoursToResolve == null ? '—' : `${fmt(d.governanceMetrics.medianHoursToResolve, 1)} h`],
  ];
  $('kpis').replaceChildren(
    ...kpis.map(([zh, en, value]) => {
      const div = document.createElement('div');
      div.className = 'kpi';
      const v = document.createElement('strong');
      v.textContent = value;
      const l = document.createElement('span');
      l.textContent = `${zh} ${en}`;
      div.append(v, l);
      return div;
    }),
  );
}

/** Common options: the title in Chinese with the English beside it, smaller. */
const base = (zh: string, en: string, subtitle = '') => ({
  color: COLORS,
  textStyle: { fontFamily: FONT },
  title: {
    text: `{zh|${zh}} {en|${en}}`,
    subtext: subtitle,
    left: 'center',
    textStyle: {
      fontFamily: FONT,
      rich: { zh: { fontSize: 15, fontWeight: 'bold' as const, fontFamily: FONT, color: '#1f2d3a' }, en: { fontSize: 12, fontFamily: FONT, color: '#5f6f7d' } },
    },
    subtextStyle: { fontFamily: FONT },
  },
  tooltip: { trigger: 'item' as const },
  animation: false,
});

/** A chart whose service could not answer: its title, and a line saying so instead of data. */
function unavailableChart(id: string, zh: string, en: string) {
  charts[id]!.setOption({ ...base(zh, en, '暂不可用 Unavailable now'), series: [] }, true);
}

/** Each chart from its own section; a section whose service could not answer shows as unavailable. */
function renderCharts(d: Detail, months: string[]) {
  renderStationCharts(d);
  renderUnionChart(d, months);
  renderTrainingChart(d, months);
  renderReportCharts(d);
}

function renderStationCharts(d: Detail) {
  const s = d.stationMetrics;
  if (!s) {
    unavailableChart('stations24h', '驿站 24 小时占比', 'Stations open 24h');
    unavailableChart('stationKinds', '驿站类型', 'Stations by kind');
    return;
  }
  charts.stations24h!.setOption(
    {
      ...base('驿站 24 小时占比', 'Stations open 24h', `共 ${s.stations} 个驿站 ${s.stations} stations`),
      legend: { bottom: 0 },
      series: [
        {
          name: '驿站 Stations',
          type: 'pie',
          radius: ['38%', '62%'],
          center: ['50%', '55%'],
          label: { formatter: '{c} ({d}%)' },
          data: [
            { name: '24 小时 Open 24h', value: s.open24h },
            { name: '非 24 小时 Not 24h', value: s.stations - s.open24h },
          ],
        },
      ],
    },
    true,
  );
  const kinds = s.byKind.filter((k) => k.count > 0);
  charts.stationKinds!.setOption(
    {
      ...base('驿站类型', 'Stations by kind'),
      grid: { left: 160, right: 30, top: 50, bottom: 30 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: kinds.map((k) => label(STATION_KIND, k.kind)), inverse: true },
      series: [{ name: '驿站 Stations', type: 'bar', data: kinds.map((k) => k.count), label: { show: true, position: 'right' } }],
    },
    true,
  );
}

function renderUnionChart(d: Detail, months: string[]) {
  if (!d.unionMetrics || !d.joined) return unavailableChart('joined', '每月新入会', 'Union members joined per month');
  charts.joined!.setOption(
    {
      ...base('每月新入会', 'Union members joined per month', `期内共 ${d.unionMetrics.joined} 人 ${d.unionMetrics.joined} in the period`),
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 20, top: 60, bottom: 40 },
      xAxis: { type: 'category', data: months },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: '新入会 Joined', type: 'bar', data: d.joined }],
    },
    true,
  );
}

function renderTrainingChart(d: Detail, months: string[]) {
  if (!d.trainingMetrics || !d.enrollments || !d.completions) {
    return unavailableChart('training', '每月报名与结业', 'Enrolments and completions per month');
  }
  charts.training!.setOption(
    {
      ...base(
        '每月报名与结业',
        'Enrolments and completions per month',
        `期内报名 ${d.trainingMetrics.enrollments}，结业 ${d.trainingMetrics.completions} · ${d.trainingMetrics.enrollments} enrolments, ${d.trainingMetrics.completions} completions`,
      ),
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 40, right: 20, top: 60, bottom: 50 },
      xAxis: { type: 'category', data: months },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '报名 Enrolments', type: 'bar', data: d.enrollments },
        { name: '结业 Completions', type: 'bar', data: d.completions },
      ],
    },
    true,
  );
}

function renderReportCharts(d: Detail) {
  const g = d.governanceMetrics;
  if (!g) {
    unavailableChart('reports', '随手拍按类别', 'Reports by category');
    unavailableChart('resolveHours', '下级处置中位时长', 'Median hours to resolve, below');
    $('reports-status').textContent = '';
    return;
  }
  const categories = g.byCategory.filter((c) => c.count > 0);
  charts.reports!.setOption(
    {
      ...base('随手拍按类别', 'Reports by category', `共 ${g.reports} 件，办结 ${g.resolved} 件 · ${g.reports} reports, ${g.resolved} resolved`),
      grid: { left: 200, right: 30, top: 60, bottom: 30 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: categories.map((c) => label(REPORT_CATEGORY, c.key)), inverse: true },
      series: [{ name: '上报 Reports', type: 'bar', data: categories.map((c) => c.count), label: { show: true, position: 'right' } }],
    },
    true,
  );
  $('reports-status').textContent = g.byStatus.some((x) => x.count > 0)
    ? `状态 Status: ${g.byStatus
        .filter((x) => x.count > 0)
        .map((x) => `${label(REPORT_STATUS, x.key)} ${x.count}`)
        .join(' · ')}`
    : '';
  // Median hours to resolve in each region below that resolved any (from the table).
  const compared = children.filter((x) => (overview.get(x.code)?.governanceMetrics?.medianHoursToResolve ?? null) !== null);
  charts.resolveHours!.setOption(
    {
      ...base(
        '下级处置中位时长',
        'Median hours to resolve, below',
        g.medianHoursToResolve === null ? '本地区期内无办结 None resolved here in the period' : `本地区 ${fmt(g.medianHoursToResolve, 1)} 小时 Here: ${fmt(g.medianHoursToResolve, 1)} h`,
      ),
      tooltip: { trigger: 'axis' },
      grid: { left: 50, right: 20, top: 80, bottom: 50 },
      xAxis: { type: 'category', data: compared.map((x) => x.name), axisLabel: { interval: 0, rotate: compared.length > 6 ? 40 : 0 } },
      yAxis: { type: 'value' },
      series: [
        {
          name: '中位时长 Median hours',
          type: 'bar',
          barMaxWidth: 48,
          label: { show: true, position: 'top', formatter: (p: { value: number }) => fmt(p.value, 1) },
          data: compared.map((x) => ({
            value: overview.get(x.code)?.governanceMetrics?.medianHoursToResolve ?? 0,
            itemStyle: { color: COLORS[0] },
          })),
        },
      ],
    },
    true,
  );
}

/** Nothing to show: no table, no path, no charts. */
function clearAll() {
  current = null;
  crumbs = [];
  children = [];
  overview = new Map();
  $('crumbs').replaceChildren();
  $<HTMLTableElement>('overview').tBodies[0]!.replaceChildren();
  $('table-note').textContent = '';
  clearCharts();
}

function clearCharts() {
  Object.values(charts).forEach((c) => c.clear());
  $('kpis').replaceChildren();
  $('reports-status').textContent = '';
}

// --- events ------------------------------------------------------------------------------

$<HTMLFormElement>('controls').addEventListener('submit', (e) => {
  e.preventDefault();
  void loadAll();
});
keyInput.addEventListener('change', () => {
  roots = [];
  wanted = '';
  void loadAll();
});
fromInput.addEventListener('change', () => void loadAll());
toInput.addEventListener('change', () => void loadAll());

void loadAll();
