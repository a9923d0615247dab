import type { ReactNode } from 'react';

/** A polite status message (success, information). */
export function Notice({ children, tone = 'success' }: { children: ReactNode; tone?: 'success' | 'info' }) {
  if (!children) return null;
  return (
    <div className={`alert alert-${tone}`} role="status">
      {children}
    </div>
  );
}
