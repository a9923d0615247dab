/** Units carry a materialised path of codes from the national root, e.g. "/VN/15/02647/".
 * A unit is inside an account's scope when its path starts with the scope unit's path. */
export function childPath(parentPath: string, code: string): string {
  return `${parentPath}${code}/`;
}

export function isWithinScope(unitPath: string, scopePath: string): boolean {
  return unitPath.startsWith(scopePath);
}

export function ancestorCodes(unitPath: string): string[] {
  return unitPath.split('/').filter(Boolean).slice(0, -1);
}
