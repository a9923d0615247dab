export const pollKeys = {
  all: ['polls'] as const,
  detail: (pollId: string) => ['polls', pollId, 'detail'] as const,
  results: (pollId: string) => ['polls', pollId, 'results'] as const,
  proposals: (pollId: string) => ['polls', pollId, 'proposals'] as const,
  batches: (pollId: string, villageCode?: string) => ['polls', pollId, 'batches', villageCode ?? ''] as const,
};

export const pollPath = (pollId: string, rest = '') => `/polls/${encodeURIComponent(pollId)}${rest}`;
