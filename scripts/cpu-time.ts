// CPU time of the best of `rounds` runs, for benchmarks: the machines are shared, so wall time mostly
// measures the neighbours.
export function cpuMs(work: () => void, rounds = 3): number {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const before = process.cpuUsage();
    work();
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}
