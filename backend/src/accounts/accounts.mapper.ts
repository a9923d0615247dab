import type { AccountDto, UserSummary } from '@ntm/shared';
import type { Account } from './entities/account.entity';

type AccountWithUnit = Account & { unit?: { name: string } };

export function toUserSummary(account: AccountWithUnit): UserSummary {
  return {
    id: account.id,
    username: account.username,
    fullName: account.fullName,
    role: account.role,
    unitCode: account.unitCode,
    unitName: account.unit?.name ?? '',
  };
}

export function toAccountDto(account: AccountWithUnit): AccountDto {
  return {
    ...toUserSummary(account),
    disabled: account.disabled,
    createdAt: account.createdAt.toISOString(),
    lastLoginAt: account.lastLoginAt?.toISOString() ?? null,
  };
}
