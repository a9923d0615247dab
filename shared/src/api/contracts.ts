import type { Role } from '../accounts/role';
import type { CommuneGroup, NtmRegion } from '../units/ntm-region';
import type { UnitType } from '../units/unit-type';

export const PAGE_SIZE_MAX = 200;
export const PAGE_SIZE_DEFAULT = 50;

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
export type PageQuery = { page?: number; pageSize?: number };

export type UserSummary = {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  unitCode: string;
  unitName: string;
};

export type LoginRequest = { username: string; password: string };
export type RefreshRequest = { refreshToken: string };
export type TokenPair = { accessToken: string; refreshToken: string; expiresIn: number };
export type LoginResponse = TokenPair & { user: UserSummary };

export type UnitAttributes = {
  ntmRegion: NtmRegion | null;
  communeGroup: CommuneGroup | null;
  isRural: boolean | null;
  particularlyDifficult: boolean;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  successorCode: string | null;
};

export type UnitDto = UnitAttributes & {
  code: string;
  name: string;
  fullName: string;
  type: UnitType;
  parentCode: string | null;
  childCount: number;
};

export type UnitWithAncestors = UnitDto & { ancestors: Pick<UnitDto, 'code' | 'name' | 'type'>[] };

export type CreateUnitRequest = Partial<UnitAttributes> & {
  code: string;
  name: string;
  fullName?: string;
  type: UnitType;
  parentCode: string;
};
export type UpdateUnitRequest = Partial<UnitAttributes> & { name?: string; fullName?: string };

export type UnitImportRowError = { row: number; code: string | null; field: string; reason: string };
export type UnitImportReport = {
  dryRun: boolean;
  imported: boolean;
  rows: number;
  created: number;
  updated: number;
  errors: UnitImportRowError[];
};

export type AccountDto = UserSummary & {
  disabled: boolean;
  createdAt: string;
  lastLoginAt: string | null;
};

export type CreateAccountRequest = {
  username: string;
  fullName: string;
  role: Role;
  unitCode: string;
  password: string;
};
export type UpdateAccountRequest = {
  fullName?: string;
  role?: Role;
  unitCode?: string;
  disabled?: boolean;
};
export type ResetPasswordRequest = { newPassword: string };
export type ChangePasswordRequest = { currentPassword: string; newPassword: string };

export type HealthResponse = { status: 'ok'; database: 'up' };
