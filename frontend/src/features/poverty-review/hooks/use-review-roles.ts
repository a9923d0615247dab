import { useUser } from '../../../lib/session';

/** What the signed-in user may do in the review; the server checks the same and the scope. */
export function useReviewRoles() {
  const { role } = useUser();
  return { canRecord: role === 'admin' || role === 'supervisor', canRecognise: role === 'admin' };
}
