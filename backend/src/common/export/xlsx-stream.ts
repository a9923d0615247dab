import ExcelJS from 'exceljs';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';

export type Cell = string | number | boolean | null;
export type XlsxSheet = { name: string; header: readonly string[]; rows: AsyncIterable<Cell[]> | Iterable<Cell[]> };

/** Rows of a query, read through a database cursor (never all in memory), for the time of `consume`. */
export async function withQueryStream<T>(dataSource: DataSource, sql: string, params: unknown[], consume: (rows: AsyncIterable<T> & NodeJS.ReadableStream) => Promise<void>): Promise<void> {
  const runner = dataSource.createQueryRunner();
  try {
    await consume((await runner.stream(sql, params)) as unknown as AsyncIterable<T> & NodeJS.ReadableStream);
  } finally {
    await runner.release();
  }
}

export async function* mapRows<T>(rows: AsyncIterable<T>, toCells: (row: T) => Cell[]): AsyncIterable<Cell[]> {
  for await (const row of rows) yield toCells(row);
}

/** An xlsx workbook written to the response as its rows arrive, one committed row at a time. */
export async function writeXlsx(res: Response, sheets: XlsxSheet[]): Promise<void> {
  res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useSharedStrings: false, useStyles: false });
  for (const { name, header, rows } of sheets) {
    const sheet = workbook.addWorksheet(name);
    sheet.addRow([...header]).commit();
    for await (const row of rows) sheet.addRow(row).commit();
    sheet.commit();
  }
  await workbook.commit();
}
