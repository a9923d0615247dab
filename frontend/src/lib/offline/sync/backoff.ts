/** Waits between failed sync attempts: doubling from 2 s up to 5 min, each drawn between half and all of it
 * ("equal jitter"), so phones that regain signal together do not retry in step. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(300_000, 2_000 * 2 ** attempt);
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
