import type { ExportFormat } from '@ntm/shared';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { Response } from 'express';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export type TableRows<T> = Iterable<T> | AsyncIterable<T>;
export type Cell = string | number | boolean | null;

/**
 * Streams a header row and then each row, turned into cells, as CSV (UTF-8 with a byte-order mark,
 * so Excel reads Vietnamese) or xlsx, without holding the rows in memory.
 */
export async function writeTable<T>(res: Response, format: ExportFormat, sheetName: string, header: readonly string[], rows: TableRows<T>, toCells: (row: T) => Cell[]): Promise<void> {
  if (format === 'csv') await writeCsv(res, header, rows, toCells);
  else await writeXlsx(res, sheetName, header, rows, toCells);
}

async function writeCsv<T>(res: Response, header: readonly string[], rows: TableRows<T>, toCells: (row: T) => Cell[]): Promise<void> {
  res.type('text/csv; charset=utf-8');
  res.write('\ufeff');
  const cells = new Transform({ objectMode: true, transform: (row: T, _e, done) => done(null, toCells(row)) });
  await pipeline(rows, cells, stringify({ header: true, columns: [...header], cast: { boolean: String } }), res);
}

async function writeXlsx<T>(res: Response, sheetName: string, header: readonly string[], rows: TableRows<T>, toCells: (row: T) => Cell[]): Promise<void> {
  res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow([...header]).commit();
  for await (const row of rows) sheet.addRow(toCells(row)).commit();
  sheet.commit();
  await workbook.commit();
}
