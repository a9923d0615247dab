import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateAccountRequest, ResetPasswordRequest, UpdateAccountRequest } from '@ntm/shared';
import {
  accountKeys,
  createAccount,
  findUnitOptions,
  listAccounts,
  resetPassword,
  updateAccount,
  type AccountListParams,
} from '../api/accounts-api';

export function useAccounts(params: AccountListParams) {
  return useQuery({
    queryKey: accountKeys.list(params),
    queryFn: ({ signal }) => listAccounts(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCreateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateAccountRequest) => createAccount(request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.all }),
  });
}

export function useUpdateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, request }: { id: string; request: UpdateAccountRequest }) => updateAccount(id, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.all }),
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: ({ id, request }: { id: string; request: ResetPasswordRequest }) => resetPassword(id, request),
  });
}

export function useUnitOptions(q: string) {
  const term = q.trim();
  return useQuery({
    queryKey: accountKeys.unitOptions(term),
    queryFn: ({ signal }) => findUnitOptions(term, signal),
    enabled: term.length >= 2,
    staleTime: 5 * 60_000,
  });
}
