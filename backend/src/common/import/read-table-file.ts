import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { DomainError } from '../errors/domain-error';

/** One data row of an import file: `row` is the spreadsheet row number, cells keyed by column. */
export type RawRow = { row: number; cells: Record<string, string> };

/** How a kind of file names its columns: the key of each header, the keys that must be there, and
 * how to name a missing one to the person who made the file. */
export type TableLayout = { required: readonly string[]; columnKey: (header: string) => string; describe?: (key: string) => string };

export const MAX_IMPORT_ROWS = 200_000;

/** Reads a CSV (UTF-8, comma or semicolon) or an .xlsx file (first sheet) into header-keyed rows. */
export async function readTableFile(fileName: string, content: Buffer, layout: TableLayout): Promise<RawRow[]> {
  const table = isXlsx(fileName, content) ? await readXlsx(content) : readCsv(content);
  const [header, ...body] = table;
  if (!header) throw rejected('the file is empty');
  const columns = header.map(layout.columnKey);
  const missing = layout.required.filter((c) => !columns.includes(c));
  if (missing.length > 0) throw rejected(`missing column(s): ${missing.map(layout.describe ?? String).join(', ')}`);
  if (body.length > MAX_IMPORT_ROWS) throw rejected(`more than ${MAX_IMPORT_ROWS} rows`);
  return body
    .map((cells, index) => ({ row: index + 2, cells: Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? ''])) }))
    .filter((raw) => Object.values(raw.cells).some((v) => v.trim() !== ''));
}

function isXlsx(fileName: string, content: Buffer): boolean {
  // .xlsx is a zip archive: "PK\x03\x04".
  return fileName.toLowerCase().endsWith('.xlsx') || content.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
}

function readCsv(content: Buffer): string[][] {
  const text = content.toString('utf8');
  const firstLine = text.split('\n', 1)[0] ?? '';
  const delimiter = firstLine.split(';').length > firstLine.split(',').length ? ';' : ',';
  try {
    return parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    throw rejected(`not a readable CSV file (${(error as Error).message})`);
  }
}

async function readXlsx(content: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch (error) {
    throw rejected(`not a readable .xlsx file (${(error as Error).message})`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw rejected('the workbook has no sheet');
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      // A date cell's text is the JavaScript date string; the calendar date is what was typed.
      cells[column - 1] = cell.value instanceof Date ? cell.value.toISOString().slice(0, 10) : (cell.text ?? '');
    });
    table.push(Array.from(cells, (c) => c ?? ''));
  });
  return table;
}

function rejected(reason: string): DomainError {
  return new DomainError('IMPORT_REJECTED', `Cannot read the file: ${reason}`, [{ field: 'file', reason }]);
}
