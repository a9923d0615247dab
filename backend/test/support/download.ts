import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import type { Test } from 'supertest';

/** Collects a binary body (xlsx) into a Buffer, as supertest leaves it unparsed. */
export function binary(req: Test): Test {
  return req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
}

/** The workbook of an xlsx answer. */
export async function workbookOf(res: Response): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.body);
  return workbook;
}
