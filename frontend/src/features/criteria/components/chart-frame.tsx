import type { ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';

type Props = { title: string; height?: number; children: ReactNode; className?: string };

/** A titled chart that takes the width it is given (laptop or tablet). */
export function ChartFrame({ title, height = 220, children, className }: Props) {
  return (
    <figure className={`crit-chart ${className ?? ''}`}>
      <figcaption>{title}</figcaption>
      <div style={{ width: '100%', height }}>
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

export const CHART_COLOURS = { met: '#1f6f43', notMet: '#b3261e', noData: '#8a948e', target: '#f2a900', baseline: '#56605a' };
