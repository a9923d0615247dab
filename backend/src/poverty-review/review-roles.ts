import type { Role } from '@ntm/shared';

/** Everyone who follows the review reads it; supervisors and admins record its steps. */
export const REVIEW_READERS: Role[] = ['admin', 'supervisor', 'steering', 'front'];
export const REVIEW_RECORDERS: Role[] = ['admin', 'supervisor'];
