/** Describes the machine the figures come from: CPU model, cores, memory, Node version. */
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((text) => text.startsWith('model name'));
    if (line) return line.split(':')[1]?.trim() ?? 'unknown';
  } catch {
    // not Linux: fall through to what Node knows
  }
  return cpus()[0]?.model ?? 'unknown';
}

/** One line, e.g. "AMD EPYC · 2 cores · 24 GB · Node v20.20.2 · linux x64". */
export function machineLine(): string {
  const memory = `${Math.round(totalmem() / 2 ** 30)} GB`;
  return `${cpuModel()} · ${availableParallelism()} cores · ${memory} · Node ${process.version} · ${process.platform} ${process.arch}`;
}

/** The 1-minute load average: figures taken while other work shares the cores are noisier. */
export function loadLine(): string {
  return `load average ${loadavg()[0]?.toFixed(2) ?? '–'} (${availableParallelism()} cores)`;
}
