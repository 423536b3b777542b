/** The table printed at the end of a bench run, and the JSON written to bench/results.json. */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import type { FigureResult, Unit } from './figures';

function format(value: number | null, unit: Unit): string {
  if (value === null) return '-';
  const digits = unit === 'x' ? 2 : value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
}

export function renderTable(results: readonly FigureResult[]): string {
  const header = ['Figure', 'Where', 'Median', 'Budget', 'Status', 'Runs'];
  const rows = results.map((r) => [
    r.label,
    r.where,
    format(r.value, r.unit),
    r.budget ? `<= ${format(r.budget.max, r.budget.unit)}` : '-',
    r.status === 'within' ? 'within' : r.status === 'over' ? 'OVER' : r.status,
    String(r.runs.length),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  const notes = results.filter((r) => r.note).map((r) => `- ${r.label}: ${r.note}`);
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line), '', ...(notes.length ? ['Notes:', ...notes] : [])].join('\n');
}

export interface BenchReport {
  startedAt: string;
  seconds: number;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; loadAverage1m: number; chromium?: string };
  notes: string[];
  figures: FigureResult[];
}

export function writeResults(path: string, report: BenchReport): void {
  writeFileSync(path, JSON.stringify(report, null, 2) + '\n');
}

export function machineInfo(): BenchReport['machine'] {
  const cpu = cpus();
  return { cpus: cpu.length, cpuModel: cpu[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, loadAverage1m: Math.round(loadavg()[0]! * 10) / 10 };
}
