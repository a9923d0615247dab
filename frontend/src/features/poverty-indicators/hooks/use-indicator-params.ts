import type { ExclusionRule, PovertyIndicatorsQuery } from '@ntm/shared';
import { useSearchParams } from 'react-router';

/** The unit and the exclusion rule to compare with, kept in the address so a view can be shared. */
export function useIndicatorParams(campaignId: string) {
  const [params, setParams] = useSearchParams();
  const flag = (name: keyof ExclusionRule) => (params.has(name) ? params.get(name) === 'true' : undefined);
  const query: PovertyIndicatorsQuery = {
    campaign: campaignId,
    unit: params.get('unit') ?? undefined,
    excludeSocialProtection: flag('excludeSocialProtection'),
    excludeImpoverishedByShock: flag('excludeImpoverishedByShock'),
  };
  const withParam = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(name, value);
    return next;
  };
  return {
    query,
    /** The address of another unit's figures, with the same rule. */
    hrefFor: (unitCode: string) => `?${withParam('unit', unitCode).toString()}`,
    setRule: (name: keyof ExclusionRule, value: boolean) => setParams(withParam(name, String(value))),
  };
}
