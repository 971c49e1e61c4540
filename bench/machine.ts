import { cpus, loadavg, totalmem } from "node:os";

/** The machine a run was measured on, for results.json and the README. */
export interface Machine {
  date: string;
  node: string;
  cpu: string;
  cpus: number;
  memoryGb: number;
  /** The load average over 1, 5 and 15 minutes when the run started: other work slows every figure. */
  loadAverage: number[];
}

export function thisMachine(): Machine {
  const list = cpus();
  return {
    date: new Date().toISOString(),
    node: process.version,
    cpu: list[0]?.model.trim() ?? "unknown",
    cpus: list.length,
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    loadAverage: loadavg().map((load) => Math.round(load * 10) / 10),
  };
}
