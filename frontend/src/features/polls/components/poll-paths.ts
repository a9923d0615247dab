export const pollPagePath = (pollId: string) => `/polls/${encodeURIComponent(pollId)}`;
export const paperEntryPath = (pollId: string) => `/polls/${encodeURIComponent(pollId)}/entry`;
/** The public page a household opens with the code on its slip. */
export const PUBLIC_POLL_PATH = '/khao-sat';
