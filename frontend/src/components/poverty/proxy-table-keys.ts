/** Query keys of the B1 scoring tables; a save invalidates them all (the effective table may change). */
export const proxyTableKeys = {
  all: ['proxy-tables'] as const,
  list: (scope: string) => ['proxy-tables', 'list', scope] as const,
  effective: (unitCode: string) => ['proxy-tables', 'effective', unitCode] as const,
};
