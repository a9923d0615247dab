/** How a poll form was collected; stored on the response in place of any household identity. */
export const COLLECTION_MODES = ['paper', 'door_to_door', 'meeting'] as const;
export type CollectionMode = (typeof COLLECTION_MODES)[number];

export const COLLECTION_MODE_LABELS_VI: Readonly<Record<CollectionMode, string>> = {
  paper: 'Phát phiếu giấy đến hộ',
  door_to_door: 'Trả lời trên thiết bị',
  meeting: 'Phiếu giấy tại hội nghị khu dân cư',
};

/** Modes of forms keyed in from paper, in batches. */
export const PAPER_MODES = ['paper', 'meeting'] as const;
export type PaperMode = (typeof PAPER_MODES)[number];

/** One-time codes: 8 characters without look-alikes (0/O, 1/I/L), printed as two groups of four. */
export const POLL_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const POLL_CODE_LENGTH = 8;

/** What a person typed or scanned, as stored (upper case, no separators); null when it cannot be a code. */
export function normalisePollCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== POLL_CODE_LENGTH) return null;
  return [...code].every((c) => POLL_CODE_ALPHABET.includes(c)) ? code : null;
}

export function formatPollCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
