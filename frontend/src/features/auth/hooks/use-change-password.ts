import { useMutation } from '@tanstack/react-query';
import type { ChangePasswordRequest } from '@ntm/shared';
import { changePassword } from '../api/auth-api';

export function useChangePassword() {
  return useMutation({ mutationFn: (request: ChangePasswordRequest) => changePassword(request) });
}
