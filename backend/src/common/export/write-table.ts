import type { ExportFormat } from '@ntm/shared';
import { stringify } from 'csv-stringify';
import type { Response } from 'express';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { toCells, writeXlsx } from './xlsx-stream';

export type TableRows<T> = Iterable<T> | AsyncIterable<T>;
export type Cell = string | number | boolean | null;

/**
 * Streams a header row and then each row, turned into cells, as CSV (UTF-8 with a byte-order mark,
 * so Excel reads Vietnamese) or xlsx, without holding the rows in memory.
 */
export async function writeTable<T>(res: Response, format: ExportFormat, sheetName: string, header: readonly string[], rows: TableRows<T>, cellsOf: (row: T) => Cell[]): Promise<void> {
  if (format === 'csv') await writeCsv(res, header, rows, cellsOf);
  else await writeXlsx(res, [{ name: sheetName, header, rows: async () => toCells(rows, cellsOf) }]);
}

async function writeCsv<T>(res: Response, header: readonly string[], rows: TableRows<T>, cellsOf: (row: T) => Cell[]): Promise<void> {
  res.type('text/csv; charset=utf-8');
  res.write('\ufeff');
  const cells = new Transform({ objectMode: true, transform: (row: T, _e, done) => done(null, cellsOf(row)) });
  await pipeline(rows, cells, stringify({ header: true, columns: [...header], cast: { boolean: String } }), res);
}
