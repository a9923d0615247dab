import type { CriteriaLevelOfUnit } from '@ntm/shared';

/** The units a set of the level is for under the path ($1 LIKE pattern): xã, or villages of xã. */
export const UNITS_OF_LEVEL: Readonly<Record<CriteriaLevelOfUnit, string>> = {
  commune: `SELECT count(*)::int AS n FROM administrative_unit WHERE type = 'commune' AND path LIKE $1`,
  village: `SELECT count(*)::int AS n FROM administrative_unit u JOIN administrative_unit p ON p.code = u.parent_code AND p.type = 'commune' WHERE u.type = 'village' AND u.path LIKE $1`,
};
