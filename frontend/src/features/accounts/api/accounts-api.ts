import type {
  AccountDto,
  CreateAccountRequest,
  Page,
  ResetPasswordRequest,
  UnitDto,
  UpdateAccountRequest,
} from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';

export type AccountListParams = { page: number; pageSize: number; q: string };

export const accountKeys = {
  all: ['accounts'] as const,
  list: (params: AccountListParams) => ['accounts', 'list', params] as const,
  unitOptions: (q: string) => ['accounts', 'unit-options', q] as const,
};

const accountPath = (id: string) => `/accounts/${encodeURIComponent(id)}`;

export function listAccounts(params: AccountListParams, signal?: AbortSignal): Promise<Page<AccountDto>> {
  return apiRequest<Page<AccountDto>>('/accounts', { query: params, signal });
}

export function createAccount(request: CreateAccountRequest): Promise<AccountDto> {
  return apiRequest<AccountDto>('/accounts', { method: 'POST', body: request });
}

export function updateAccount(id: string, request: UpdateAccountRequest): Promise<AccountDto> {
  return apiRequest<AccountDto>(accountPath(id), { method: 'PATCH', body: request });
}

export function resetPassword(id: string, request: ResetPasswordRequest): Promise<void> {
  return apiRequest<void>(`${accountPath(id)}/reset-password`, { method: 'POST', body: request });
}

/** Units matching a text, to help pick an account's unit code. */
export function findUnitOptions(q: string, signal?: AbortSignal): Promise<Page<UnitDto>> {
  return apiRequest<Page<UnitDto>>('/units', { query: { q, page: 1, pageSize: 20 }, signal });
}
