import type { SurveyDefinition } from '@ntm/shared';
import { jsonErrorOffset } from './json-error-offset';

export type ParsedDefinition =
  | { ok: true; definition: SurveyDefinition }
  | { ok: false; reason: 'syntax' | 'notObject'; message: string; line: number; column: number; offset: number };

/** Line and column (from 1) of an offset in the text. */
function positionOf(text: string, offset: number): { line: number; column: number; offset: number } {
  const rows = text.slice(0, offset).split('\n');
  return { line: rows.length, column: (rows.at(-1) ?? '').length + 1, offset };
}

/** The editor's text as a form definition, or where and why it is not one. */
export function parseDefinition(text: string): ParsedDefinition {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: 'syntax', message, ...positionOf(text, jsonErrorOffset(text)) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'notObject', message: '', line: 1, column: 1, offset: 0 };
  }
  return { ok: true, definition: value as SurveyDefinition };
}

export function formatDefinition(definition: SurveyDefinition): string {
  return JSON.stringify(definition, null, 2);
}
