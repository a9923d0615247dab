import ExcelJS from 'exceljs';
import type { PollReport } from './poll-report.model';

type Table = { headers: string[]; rows: string[][] };

export async function reportXlsx(report: PollReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Kết quả');
  sheet.columns = [{ width: 6 }, { width: 60 }, { width: 14 }, { width: 16 }, { width: 16 }, { width: 20 }, { width: 14 }];
  sheet.addRow([report.title]).font = { bold: true, size: 14 };
  sheet.addRow([report.subtitle]).font = { italic: true };
  for (const [label, value] of report.facts) sheet.addRow([`${label}: ${value}`]);
  const table = (t: Table) => {
    sheet.addRow([]);
    sheet.addRow(t.headers).font = { bold: true };
    for (const row of t.rows) sheet.addRow(row.map((cell) => (/^\d+$/.test(cell) ? Number(cell) : cell)));
  };
  table(report.summary);
  table(report.items);
  if (report.units) table(report.units);
  sheet.addRow([]);
  sheet.addRow([report.verdict]).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const htmlTable = (t: Table) =>
  `<table><thead><tr>${t.headers.map((h) => `<th>${escape(h)}</th>`).join('')}</tr></thead><tbody>${t.rows
    .map((row) => `<tr>${row.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;

/** A print-ready A4 page (the browser's "Print" makes the PDF). */
export function reportHtml(report: PollReport): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${escape(report.title)}</title>
<style>
  @page { size: A4; margin: 15mm; }
  body { font-family: "Times New Roman", serif; font-size: 13pt; color: #000; max-width: 190mm; margin: 0 auto; }
  h1 { font-size: 15pt; text-align: center; margin: 0 0 4pt; } .subtitle { text-align: center; font-style: italic; margin: 0 0 12pt; }
  table { width: 100%; border-collapse: collapse; margin: 8pt 0; } th, td { border: 1px solid #000; padding: 3pt 5pt; }
  td:not(:nth-child(2)) { text-align: center; } .facts p { margin: 2pt 0; } .verdict { font-weight: bold; margin-top: 10pt; }
  @media print { .no-print { display: none; } }
</style></head><body>
<p class="no-print"><button type="button" onclick="window.print()">In trang này</button></p>
<h1>${escape(report.title)}</h1><p class="subtitle">${escape(report.subtitle)}</p>
<div class="facts">${report.facts.map(([label, value]) => `<p><strong>${escape(label)}:</strong> ${escape(value)}</p>`).join('')}</div>
${htmlTable(report.summary)}${htmlTable(report.items)}${report.units ? htmlTable(report.units) : ''}
<p class="verdict">${escape(report.verdict)}</p>
</body></html>`;
}
