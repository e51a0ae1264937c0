import type { Figures } from './load';

interface Report {
  date: string;
  command: string;
  machine: { cpu: string; node: string; engine: string };
  settings: { connections: number; gatewayWorkers: number; seconds: number };
  figures: Figures[];
}

const COLORS: Record<Figures['target'], string> = { gateway: '#c0392b', hive: '#7f8c8d', direct: '#2c3e50' };
const NAMES: Record<Figures['target'], string> = { gateway: 'our gateway', hive: 'Hive Gateway', direct: 'subgraph alone' };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A grouped bar chart of requests/s per operation and target, with p50 / p99 under each bar:
 * plain SVG, so it renders on any Markdown viewer and needs nothing to draw.
 */
export function renderChart(report: Report): string {
  const operations = [...new Set(report.figures.map((f) => f.operation))];
  const targets: Figures['target'][] = ['gateway', 'hive', 'direct'];
  const max = Math.max(...report.figures.map((f) => f.requestsPerSecond), 1);
  const scaleMax = niceCeiling(max);
  const barW = 46;
  const gap = 10;
  const groupGap = 44;
  const left = 70;
  const top = 64;
  const plotH = 300;
  const groupW = targets.length * barW + (targets.length - 1) * gap;
  const width = left + operations.length * (groupW + groupGap) + 20;
  const height = top + plotH + 110;
  const y = (v: number) => top + plotH - (v / scaleMax) * plotH;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="12">`);
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  out.push(`<text x="${left}" y="22" font-size="15" font-weight="bold">Requests per second (higher is better), p50 / p99 latency in ms under each bar</text>`);
  out.push(`<text x="${left}" y="40" fill="#555">${esc(`${report.machine.cpu}, Node ${report.machine.node}, ${report.machine.engine}; ${report.settings.connections} connections, ${report.settings.gatewayWorkers} gateway process(es), ${report.settings.seconds} s per run; ${report.date.slice(0, 10)}`)}</text>`);
  for (let i = 0; i <= 4; i++) {
    const v = (scaleMax / 4) * i;
    out.push(`<line x1="${left - 4}" x2="${width - 10}" y1="${y(v)}" y2="${y(v)}" stroke="#e5e5e5"/>`);
    out.push(`<text x="${left - 8}" y="${y(v) + 4}" text-anchor="end" fill="#555">${Math.round(v)}</text>`);
  }
  operations.forEach((op, g) => {
    const gx = left + 10 + g * (groupW + groupGap);
    targets.forEach((t, k) => {
      const f = report.figures.find((x) => x.operation === op && x.target === t);
      if (!f) return;
      const x = gx + k * (barW + gap);
      out.push(`<rect x="${x}" y="${y(f.requestsPerSecond)}" width="${barW}" height="${top + plotH - y(f.requestsPerSecond)}" fill="${COLORS[t]}"/>`);
      out.push(`<text x="${x + barW / 2}" y="${y(f.requestsPerSecond) - 5}" text-anchor="middle" font-weight="bold">${Math.round(f.requestsPerSecond)}</text>`);
      out.push(`<text x="${x + barW / 2}" y="${top + plotH + 16}" text-anchor="middle" fill="#555" font-size="10">${f.p50Ms}/${f.p99Ms}</text>`);
    });
    out.push(`<text x="${gx + groupW / 2}" y="${top + plotH + 36}" text-anchor="middle" font-weight="bold">${esc(op)}</text>`);
  });
  targets.forEach((t, k) => {
    const x = left + k * 150;
    out.push(`<rect x="${x}" y="${height - 40}" width="14" height="14" fill="${COLORS[t]}"/>`);
    out.push(`<text x="${x + 20}" y="${height - 29}">${NAMES[t]}</text>`);
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}

function niceCeiling(v: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(v));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= v) return step * magnitude;
  return 10 * magnitude;
}
