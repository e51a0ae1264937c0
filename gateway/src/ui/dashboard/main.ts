// The city dashboard (城市看板), served by the gateway at GET /dashboard: a public page that reads
// aggregates through the public GraphQL API with the dashboard key the user types. Charts are
// Apache ECharts, bundled (no CDN).
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
  loadDetail,
  loadDistricts,
  loadOverview,
  monthsOf,
  type Detail,
  type DistrictInfo,
  type Overview,
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
    <p class="sub">驿站、工会、培训、随手拍：按区汇总 · Stations, union, training and reports by district</p>
  </div>
  <nav id="links"></nav>
</header>
<form id="controls" class="controls" autocomplete="off">
  <label>API 密钥 <span>API key</span>
    <input id="key" name="key" type="password" autocomplete="off" placeholder="看板密钥 dashboard key" spellcheck="false" />
  </label>
  <label>区 <span>District</span>
    <select id="district" name="district"></select>
  </label>
  <label>起 <span>From</span>
    <input id="from" name="from" type="month" required />
  </label>
  <label>止 <span>To</span>
    <input id="to" name="to" type="month" required />
  </label>
  <button id="load" type="submit">查询 Load</button>
</form>
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
  <h2>各区概览 <small>Districts</small></h2>
  <p id="table-note" class="note"></p>
  <div class="scroll">
    <table id="overview">
      <thead><tr>
        <th>区 District</th>
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
const districtSelect = $<HTMLSelectElement>('district');
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
let districts: DistrictInfo[] = [];
let overview = new Map<string, Overview>();
/** Sections of the table whose service could not answer. */
let overviewUnavailable: Section[] = [];
let generation = 0;

keyInput.value = sessionStorage.getItem(KEY_STORAGE) ?? config.defaultKey;
fromInput.value = params.get('from') ?? beijingMonth(-(MAX_MONTHS - 1));
toInput.value = params.get('to') ?? beijingMonth();
let wanted = params.get('district') ?? '';

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

function remember() {
  const q = new URLSearchParams({ district: districtSelect.value, from: fromInput.value, to: toInput.value });
  history.replaceState(null, '', `${window.location.pathname}?${q}`);
}

// --- loading -----------------------------------------------------------------------------

/** Everything: the district list, the table for the period, then the selected district's charts. */
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
    if (districts.length === 0) districts = await loadDistricts(key);
    const result = await loadOverview(
      key,
      districts.map((d) => d.code),
      p,
    );
    if (run !== generation) return;
    overview = result.rows;
    overviewUnavailable = result.unavailable;
    if (overview.size === 0) {
      renderTable(result.denied);
      clearCharts();
      return setState('error', '此密钥不能读取任何区的统计（需要看板密钥）This key cannot read any district’s metrics: use a dashboard key');
    }
    fillDistricts();
    renderTable(result.denied);
    await loadDistrict(run, key, p);
  } catch (err) {
    if (run === generation) setState('error', explain(err));
  }
}

/** The selected district's charts; the table is kept. */
async function loadSelected() {
  const run = ++generation;
  const p = period();
  if (typeof p === 'string') return setState('error', p);
  setState('loading', '加载中… Loading…');
  try {
    await loadDistrict(run, keyInput.value.trim(), p);
  } catch (err) {
    if (run === generation) setState('error', explain(err));
  }
}

async function loadDistrict(run: number, key: string, p: Exclude<ReturnType<typeof period>, string>) {
  const code = districtSelect.value;
  wanted = code;
  remember();
  highlightRow(code);
  const detail = await loadDetail(key, code, p, p.months);
  if (run !== generation) return;
  renderKpis(detail);
  renderCharts(detail, p.months.map((m) => m.id));
  document.body.dataset.district = code;
  setState('ready', `${unavailableNote(detail.unavailable)}${detail.name} ${detail.nameEn} · ${p.months[0]!.id} — ${p.months[p.months.length - 1]!.id}`);
}

/** The picker lists the districts the key may read; the choice stays when it still can. */
function fillDistricts() {
  const readable = districts.filter((d) => overview.has(d.code));
  const stations = (code: string) => overview.get(code)?.stationMetrics?.stations ?? 0;
  const busiest = [...readable].sort((a, b) => stations(b.code) - stations(a.code))[0];
  const selected = readable.some((d) => d.code === wanted) ? wanted : busiest!.code;
  districtSelect.replaceChildren(
    ...readable.map((d) => {
      const option = document.createElement('option');
      option.value = d.code;
      option.textContent = `${d.name} ${d.nameEn}`;
      return option;
    }),
  );
  districtSelect.value = selected;
}

// --- rendering ---------------------------------------------------------------------------

function renderTable(denied: number) {
  const body = $<HTMLTableElement>('overview').tBodies[0]!;
  const rows = districts.filter((d) => overview.has(d.code)).map((d) => {
    const o = overview.get(d.code)!;
    const tr = document.createElement('tr');
    tr.dataset.code = d.code;
    const cells = [
      `${d.name} ${d.nameEn}`,
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
    tr.addEventListener('click', () => {
      districtSelect.value = d.code;
      void loadSelected();
    });
    return tr;
  });
  body.replaceChildren(...rows);
  $('table-note').textContent =
    unavailableNote(overviewUnavailable) +
    (denied > 0 ? `另有 ${denied} 个区不在此密钥范围内 ${denied} more districts are outside this key’s reach. ` : '') + '点击一行查看该区图表 Click a row for its charts.';
  highlightRow(districtSelect.value);
}

function highlightRow(code: string) {
  for (const tr of $<HTMLTableElement>('overview').tBodies[0]!.rows) tr.classList.toggle('selected', tr.dataset.code === code);
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
    unavailableChart('resolveHours', '各区处置中位时长', 'Median hours to resolve, by district');
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
  // Median hours to resolve: this district beside the others the key reads that resolved any (from the table).
  const compared = districts.filter((x) => x.code === d.code || (overview.get(x.code)?.governanceMetrics?.medianHoursToResolve ?? null) !== null);
  charts.resolveHours!.setOption(
    {
      ...base(
        '各区处置中位时长',
        'Median hours to resolve, by district',
        g.medianHoursToResolve === null ? '本区期内无办结 None resolved here in the period' : `本区 ${fmt(g.medianHoursToResolve, 1)} 小时 This district: ${fmt(g.medianHoursToResolve, 1)} h`,
      ),
      tooltip: { trigger: 'axis' },
      grid: { left: 50, right: 20, top: 80, bottom: 50 },
      xAxis: { type: 'category', data: compared.map((x) => `${x.name}\n${x.nameEn}`), axisLabel: { interval: 0, rotate: compared.length > 6 ? 40 : 0 } },
      yAxis: { type: 'value' },
      series: [
        {
          name: '中位时长 Median hours',
          type: 'bar',
          barMaxWidth: 48,
          label: { show: true, position: 'top', formatter: (p: { value: number }) => fmt(p.value, 1) },
          data: compared.map((x) => ({
            value: overview.get(x.code)?.governanceMetrics?.medianHoursToResolve ?? 0,
            itemStyle: { color: x.code === d.code ? COLORS[0] : '#9aa7b1' },
          })),
        },
      ],
    },
    true,
  );
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
  districts = [];
  void loadAll();
});
fromInput.addEventListener('change', () => void loadAll());
toInput.addEventListener('change', () => void loadAll());
districtSelect.addEventListener('change', () => void loadSelected());

void loadAll();
