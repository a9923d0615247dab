export type Timing = { count: number; seconds: number; perSecond: number; p50: number; p95: number };

/** Runs `task` `count` times with `concurrency` workers; latencies in milliseconds. */
export async function measure(count: number, concurrency: number, task: (i: number) => Promise<unknown>): Promise<Timing> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const t0 = performance.now();
        await task(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { count, seconds, perSecond: count / seconds, p50: at(0.5), p95: at(0.95) };
}

export function report(name: string, t: Timing): void {
  process.stdout.write(
    `BENCH ${name}: ${t.count} in ${t.seconds.toFixed(2)} s = ${t.perSecond.toFixed(1)}/s, p50 ${t.p50.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms\n`,
  );
}
