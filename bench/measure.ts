/** Median and spread of a synchronous or async operation's time, after warm-up. */
export type TMeasurement = { name: string; runs: number; medianMs: number; p90Ms: number; minMs: number };

export async function measure(name: string, runs: number, operation: () => unknown): Promise<TMeasurement> {
  for (let index = 0; index < Math.min(20, runs); index++) await operation();
  const times: number[] = [];
  for (let index = 0; index < runs; index++) {
    const started = performance.now();
    await operation();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (share: number) => times[Math.min(times.length - 1, Math.floor(share * times.length))]!;
  return { name, runs, medianMs: at(0.5), p90Ms: at(0.9), minMs: times[0]! };
}

export function formatMeasurement(measurement: TMeasurement): string {
  return `${measurement.name.padEnd(64)} median ${measurement.medianMs.toFixed(2).padStart(8)} ms   p90 ${measurement.p90Ms.toFixed(2).padStart(8)} ms   (${measurement.runs} runs)`;
}
