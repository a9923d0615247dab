import { useMutation } from '@tanstack/react-query';
import type { LoginRequest } from '@ntm/shared';
import { login } from '../api/auth-api';

export function useLogin() {
  return useMutation({ mutationFn: (request: LoginRequest) => login(request) });
}
