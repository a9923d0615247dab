import type { TargetDto } from '@ntm/shared';

/** The actual of the latest year that has one (kept apart from the charts: the targets page loads no chart). */
export function latestActual(target: TargetDto): { year: number; value: number | null } | null {
  return [...target.actual].reverse().find((point) => point.value !== null) ?? target.actual.at(-1) ?? null;
}
