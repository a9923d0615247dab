/** Escapes LIKE wildcards so user text matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** LIKE pattern for everything under a materialised path (codes may contain "_"). */
export function subtreePattern(path: string): string {
  return `${escapeLike(path)}%`;
}
