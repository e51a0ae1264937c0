import type { Figures } from './load';

interface Report {
  date: string;
  command: string;
  machine: { cpu: string; node: string; engine: string };
  settings: { connections: number; gatewayWorkers: number; seconds: number; dataset?: { scale?: string; workers: number; stations: number } };
  figures: Figures[];
  ratios?: Record<string, { bestNodePeer: string; vsBestNodePeer: number; uncachedVsBestNodePeer?: number; vsDirect?: number; coreSecondsVsBestNodePeer?: number }>;
}

const COLORS: Record<Figures['target'], string> = { gateway: '#c0392b', uncached: '#e6a09a', hive: '#7f8c8d', router: '#b8a26a', direct: '#2c3e50' };
const NAMES: Record<Figures['target'], string> = { gateway: 'our gateway', uncached: 'ours, cache off', hive: 'Hive Gateway', router: 'Hive router runtime', direct: 'subgraph alone' };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Requests/s per operation and target, one panel per operation on its own scale (a cached
 * answer is tens of times faster than the rest and would flatten them on a shared one), with
 * p50 / p99 under each bar: plain SVG, so it renders on any Markdown viewer.
 */
export function renderChart(report: Report): string {
  const operations = [...new Set(report.figures.map((f) => f.operation))];
  const targets: Figures['target'][] = ['gateway', 'uncached', 'hive', 'router', 'direct'];
  const barW = 46;
  const gap = 10;
  const panelW = targets.length * barW + (targets.length - 1) * gap + 40;
  const left = 30;
  const top = 70;
  const plotH = 240;
  const width = left + operations.length * panelW + 10;
  const height = top + plotH + 100;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="12">`);
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  out.push(`<text x="${left}" y="22" font-size="15" font-weight="bold">Requests per second (higher is better; each operation on its own scale), p50 / p99 ms under each bar</text>`);
  out.push(`<text x="${left}" y="40" fill="#555">${esc(`${report.machine.cpu}, Node ${report.machine.node}, ${report.machine.engine}${report.settings.dataset?.scale ? `, ${report.settings.dataset.scale} data set (${report.settings.dataset.workers} workers, ${report.settings.dataset.stations} stations)` : ''}; ${report.settings.connections} connections, ${report.settings.gatewayWorkers} gateway process(es), median of runs of ${report.settings.seconds} s; ${report.date.slice(0, 10)}`)}</text>`);
  operations.forEach((op, g) => {
    const px = left + g * panelW;
    const present = targets.filter((t) => report.figures.some((x) => x.operation === op && x.target === t));
    const max = niceCeiling(Math.max(...present.map((t) => report.figures.find((x) => x.operation === op && x.target === t)!.requestsPerSecond), 1));
    const y = (v: number) => top + plotH - (v / max) * plotH;
    out.push(`<line x1="${px}" x2="${px + panelW - 30}" y1="${top + plotH}" y2="${top + plotH}" stroke="#999"/>`);
    const offset = ((targets.length - present.length) * (barW + gap)) / 2;
    present.forEach((t, k) => {
      const f = report.figures.find((x) => x.operation === op && x.target === t)!;
      const x = px + offset + k * (barW + gap);
      out.push(`<rect x="${x}" y="${y(f.requestsPerSecond)}" width="${barW}" height="${top + plotH - y(f.requestsPerSecond)}" fill="${COLORS[t]}"/>`);
      out.push(`<text x="${x + barW / 2}" y="${y(f.requestsPerSecond) - 5}" text-anchor="middle" font-weight="bold">${Math.round(f.requestsPerSecond)}</text>`);
      out.push(`<text x="${x + barW / 2}" y="${top + plotH + 16}" text-anchor="middle" fill="#555" font-size="10">${f.p50Ms}/${f.p99Ms}</text>`);
    });
    out.push(`<text x="${px + (panelW - 30) / 2}" y="${top + plotH + 36}" text-anchor="middle" font-weight="bold">${esc(op)}</text>`);
  });
  targets.forEach((t, k) => {
    const x = left + k * 160;
    out.push(`<rect x="${x}" y="${height - 34}" width="14" height="14" fill="${COLORS[t]}"/>`);
    out.push(`<text x="${x + 20}" y="${height - 23}">${NAMES[t]}</text>`);
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}

function niceCeiling(v: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(v));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= v) return step * magnitude;
  return 10 * magnitude;
}

/**
 * The figures as a Markdown table, one row per operation and target: the gateway's CPU per
 * request and requests per gateway core-second, then every process's CPU per request.
 */
export function renderTable(report: Report): string {
  const rows = [
    `${report.machine.engine}${report.settings.dataset?.scale ? `, ${report.settings.dataset.scale} data set (${report.settings.dataset.workers} workers, ${report.settings.dataset.stations} stations)` : ''}; ${report.date.slice(0, 10)}; \`${report.command}\``,
    '',
    '| operation | target | requests/s | p50 ms | p99 ms | gateway CPU ms per request | requests per gateway core-second | CPU ms per request (process: ms) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const f of report.figures) {
    const cpu = Object.entries(f.cpuMsPerRequest ?? {})
      .filter(([, ms]) => ms >= 0.05)
      .map(([k, ms]) => `${k} ${ms}`)
      .join(', ');
    rows.push(`| ${f.operation} | ${NAMES[f.target]} | ${Math.round(f.requestsPerSecond)} | ${f.p50Ms} | ${f.p99Ms} | ${f.gatewayCpuMsPerRequest ?? ''} | ${f.requestsPerGatewayCoreSecond ?? ''} | ${cpu} |`);
  }
  if (report.ratios) {
    rows.push(
      '',
      '| operation | best Node peer | ours / best peer, requests/s (target 1.2) | cache off | ours / subgraph alone (target 0.9) | ours / best peer, requests per gateway core-second |',
      '| --- | --- | ---: | ---: | ---: | ---: |',
    );
    for (const [op, r] of Object.entries(report.ratios)) {
      rows.push(`| ${op} | ${NAMES[r.bestNodePeer as Figures['target']] ?? r.bestNodePeer} | ${r.vsBestNodePeer} | ${r.uncachedVsBestNodePeer ?? ''} | ${r.vsDirect ?? ''} | ${r.coreSecondsVsBestNodePeer ?? ''} |`);
    }
  }
  return rows.join('\n') + '\n';
}
