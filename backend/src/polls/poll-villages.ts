import type { PollVillageDto } from '@ntm/shared';
import { coverage } from '@ntm/shared';
import type { EntityManager } from 'typeorm';
import { POLL_VILLAGES } from './polls.sql';

export type PollVillageRow = Omit<PollVillageDto, 'households' | 'householdsSource' | 'coverage'> & { communeType: string };

/** The registry's count wins; the entered number stands in for a village the registry has no household of. */
export function toPollVillage({ communeType: _type, ...row }: PollVillageRow): PollVillageDto {
  const fromRegistry = row.registryHouseholds > 0;
  const households = fromRegistry ? row.registryHouseholds : row.enteredHouseholds;
  return {
    ...row,
    households,
    householdsSource: fromRegistry ? 'registry' : row.enteredHouseholds === null ? null : 'entered',
    coverage: coverage(row.returned, households),
  };
}

/** The poll's villages under `scopePath` ('/' for all), in path order. */
export async function pollVillageRows(manager: EntityManager, campaignId: string, scopePath: string): Promise<PollVillageRow[]> {
  return manager.query(POLL_VILLAGES, [campaignId, scopePath]);
}
