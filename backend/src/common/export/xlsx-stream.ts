import ExcelJS from 'exceljs';
import type { Response } from 'express';

/** One worksheet: its header row, and its rows (as cells) produced when the sheet is written:
 * streamed from a cursor, or a few rows already at hand. */
export type XlsxSheet = { name: string; header: readonly string[]; rows: () => Promise<AsyncIterable<unknown[]> | Iterable<unknown[]>> };

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Writes the sheets one after the other straight into the response, committing row by row, so
 * memory stays flat whatever the number of rows. */
export async function writeXlsx(res: Response, sheets: readonly XlsxSheet[]): Promise<void> {
  res.type(XLSX_CONTENT_TYPE);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useSharedStrings: false, useStyles: false });
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    sheet.addRow([...spec.header]).commit();
    for await (const cells of await spec.rows()) sheet.addRow(cells).commit();
    sheet.commit();
  }
  await workbook.commit();
}

/** Maps streamed rows to cells as they come. */
export async function* toCells<Row>(rows: Iterable<Row> | AsyncIterable<Row>, cells: (row: Row) => unknown[]): AsyncIterable<unknown[]> {
  for await (const row of rows) yield cells(row);
}
