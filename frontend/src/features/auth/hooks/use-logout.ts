import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { logout } from '../api/auth-api';

export function useLogout(): () => Promise<void> {
  const navigate = useNavigate();
  return useCallback(async () => {
    await logout();
    await navigate('/login', { replace: true });
  }, [navigate]);
}
