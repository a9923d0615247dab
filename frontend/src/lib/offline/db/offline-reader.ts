import { foldDiacritics } from '@ntm/shared';
import type { OfflineReader, QueryParams } from '../../api-client';
import { householdSummary, localResponseDto, pageOf } from './local-dto';
import { type OfflineDb, readMeta } from './offline-db';
import { isPending } from './response-store';

type Route = { pattern: RegExp; read: (db: OfflineDb, match: string[], query: QueryParams) => Promise<unknown> };

const text = (query: QueryParams, key: string) => (query[key] === undefined ? '' : String(query[key]));
const num = (query: QueryParams, key: string, fallback: number) => Number(query[key]) || fallback;

/** What the fieldwork pages read, answered from the work package and the forms stored on the device. */
const FALLBACK_ROUTES: Route[] = [
  // Without a downloaded package the device knows nothing of the assignments: say so, not "none".
  { pattern: /^\/me\/assignments$/, read: async (db) => ((await readMeta(db, 'workPackageAt')) ? db.assignments.toArray() : undefined) },
  { pattern: /^\/campaigns\/([^/]+)$/, read: (db, [id]) => db.campaigns.get(id!) },
  { pattern: /^\/form-versions\/([^/]+)$/, read: (db, [id]) => db.formVersions.get(id!) },
  {
    pattern: /^\/households\/([^/]+)$/,
    read: async (db, [id]) => {
      const household = await db.households.get(id!);
      return household && { ...household, history: [] };
    },
  },
  {
    pattern: /^\/households$/,
    read: async (db, _, query) => {
      const q = foldDiacritics(text(query, 'q').trim()).toLowerCase();
      const all = await db.households.where('villageCode').equals(text(query, 'unit')).sortBy('code');
      const found = all.filter((h) => !q || h.code.toLowerCase().startsWith(q) || foldDiacritics(h.headName).toLowerCase().includes(q));
      return pageOf(found.map(householdSummary), num(query, 'page', 1), num(query, 'pageSize', 20));
    },
  },
  {
    pattern: /^\/proxy-tables\/effective$/,
    read: async (db, _, query) => {
      const village = await db.villages.get(text(query, 'unit'));
      return village && { unitCode: village.code, source: village.proxyTableSource, stored: null, table: village.proxyTable };
    },
  },
  {
    pattern: /^\/campaigns\/([^/]+)\/responses\/([^/]+)$/,
    read: async (db, [, id]) => {
      const record = await db.responses.get(id!);
      return record && localResponseDto(record);
    },
  },
  {
    // Forms not sent yet are listed apart ("Chỉ có trên máy"); this is what the server last said it holds.
    pattern: /^\/responses$/,
    read: async (db, _, query) => {
      const records = await db.responses.where('[campaignId+unitCode]').equals([text(query, 'campaignId'), text(query, 'unitCode')]).toArray();
      const sent = records.filter((r) => !isPending(r)).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
      return pageOf(sent.map(localResponseDto), num(query, 'page', 1), num(query, 'pageSize', 20));
    },
  },
];

async function answer(db: OfflineDb, routes: Route[], path: string, query: QueryParams | undefined): Promise<unknown> {
  for (const { pattern, read } of routes) {
    const match = pattern.exec(path);
    if (match) return (await read(db, match.slice(1).map(decodeURIComponent), query ?? {})) ?? undefined;
  }
  return undefined;
}

/** Before the network: a form with changes not sent yet opens as the device holds it. */
async function localFirst(db: OfflineDb, path: string): Promise<unknown> {
  const match = /^\/campaigns\/([^/]+)\/responses\/([^/]+)$/.exec(path);
  if (!match) return undefined;
  const record = await db.responses.get(decodeURIComponent(match[2]!));
  return record && isPending(record) ? localResponseDto(record) : undefined;
}

export function offlineReader(db: OfflineDb): OfflineReader {
  return {
    local: (path) => localFirst(db, path),
    fallback: (path, query) => answer(db, FALLBACK_ROUTES, path, query),
  };
}
