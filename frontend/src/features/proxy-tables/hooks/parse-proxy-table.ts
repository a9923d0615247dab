import { type ProxyTableContent, proxyTableProblems } from '@ntm/shared';

type Problem = { field: string; reason: string };

export type ParsedProxyTable = { ok: true; table: ProxyTableContent } | { ok: false; syntax: string | null; problems: Problem[] };

/** The editor's text as a table, or the JSON syntax error, or the shared checks' problems field by field
 * (the same checks the server answers 400 with, so the admin sees them before saving). */
export function parseProxyTable(text: string): ParsedProxyTable {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, syntax: error instanceof Error ? error.message : String(error), problems: [] };
  }
  const problems = proxyTableProblems(value);
  return problems.length === 0 ? { ok: true, table: value as ProxyTableContent } : { ok: false, syntax: null, problems };
}

/** Pretty JSON of a table's editable content, whatever else the object carries (id, status…). */
export function proxyTableText({ title, standards, regions, base, items, thresholds }: ProxyTableContent): string {
  return JSON.stringify({ title, standards, regions, base, items, thresholds }, null, 2);
}
