import { NATIONAL_ROOT_CODE } from './unit-type';

/** Units carry a materialised path of codes from the national root, e.g. "/VN/15/02647/".
 * A unit is inside an account's scope when its path starts with the scope unit's path. */
export const NATIONAL_ROOT_PATH = `/${NATIONAL_ROOT_CODE}/`;

export function childPath(parentPath: string, code: string): string {
  return `${parentPath}${code}/`;
}

export function isWithinScope(unitPath: string, scopePath: string): boolean {
  return unitPath.startsWith(scopePath);
}

/** One path lies inside the other: what is below a scope, and what a scope lies in, are both seen from it. */
export function scopesOverlap(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** The province a path lies in ("/VN/15/02839/" → "15"), or null for the national root. */
export function provinceCodeOfPath(unitPath: string): string | null {
  return unitPath.split('/')[2] || null;
}

export function ancestorCodes(unitPath: string): string[] {
  return unitPath.split('/').filter(Boolean).slice(0, -1);
}
