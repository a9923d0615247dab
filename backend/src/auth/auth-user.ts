import type { Role } from '@ntm/shared';

/** The caller, as resolved by the access guard for every authenticated request. */
export type AuthUser = {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  unitCode: string;
  /** Materialised path of the account's unit: the root of everything the caller may see. */
  scopePath: string;
};

export type AccessTokenPayload = { sub: string; role: Role; unit: string };
