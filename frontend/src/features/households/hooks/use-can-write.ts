import { useUser } from '../../../lib/session';

/** Admins and supervisors keep the registry; steering and front read it. The server decides. */
export function useCanWriteHouseholds(): boolean {
  const { role } = useUser();
  return role === 'admin' || role === 'supervisor';
}
