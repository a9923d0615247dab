import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RESPONSE_STATUS_LABELS_VI, type ResponseStatus } from '@ntm/shared';
import { stringify } from 'csv-stringify';
import type { Response } from 'express';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { CampaignsService } from '../campaigns/campaigns.service';
import { withQueryStream } from '../common/export/query-stream';
import { toCells, writeXlsx } from '../common/export/xlsx-stream';
import { PublishedDefinitions } from '../forms/published-definitions';
import { buildModel } from '../forms/survey-definition';
import type { ExportQueryDto } from './dto/response.dto';
import { ResponseReader } from './response-reader.service';

type ExportRow = Record<string, unknown> & { answers: Record<string, unknown>; status: ResponseStatus };

const FIXED_COLUMNS = ['id', 'unit_code', 'unit_name', 'household_id', 'status', 'enumerator', 'submitted_at', 'updated_at'] as const;

/** CSV or xlsx of a campaign's responses, streamed row by row from a database cursor. */
@Injectable()
export class ResponseExporter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly campaigns: CampaignsService,
    private readonly reader: ResponseReader,
    private readonly definitions: PublishedDefinitions,
  ) {}

  async export(user: AuthUser, query: ExportQueryDto, res: Response): Promise<void> {
    const campaign = await this.campaigns.requireVisible(user, query.campaignId);
    const questions = buildModel(await this.definitions.get(campaign.formVersionId)).getAllQuestions().map((q) => q.getValueName());
    const columns = [...FIXED_COLUMNS, ...questions];
    const filter = await this.reader.filter(user, query);
    await withQueryStream(this.dataSource, async (open) => {
      const rows = await open<ExportRow>(
        `SELECT r.id, r.unit_code, u.name AS unit_name, r.household_id, r.status, a.username AS enumerator,
                r.submitted_at, r.updated_at, r.answers
           FROM survey_response r JOIN administrative_unit u ON u.code = r.unit_code JOIN account a ON a.id = r.created_by
          WHERE ${filter.sql} ORDER BY r.unit_path, r.created_at`,
        filter.params,
      );
      const flatten = (row: ExportRow) => columns.map((column) => cell(column in row && column !== 'answers' ? row[column] : row.answers[column], column, row));
      res.attachment(`phieu-${campaign.year}-dot-${campaign.round}.${query.format}`);
      if (query.format === 'csv') await writeCsv(rows, columns, flatten, res);
      else await writeXlsx(res, [{ name: 'Phiếu', header: columns, rows: async () => toCells(rows, flatten) }]);
    });
  }
}

function cell(value: unknown, column: string, row: ExportRow): string | number | boolean | null {
  if (column === 'status') return RESPONSE_STATUS_LABELS_VI[row.status];
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'object' ? JSON.stringify(value) : (value as string | number | boolean);
}

type Flatten = (row: ExportRow) => unknown[];

async function writeCsv(rows: AsyncIterable<ExportRow>, columns: string[], flatten: Flatten, res: Response): Promise<void> {
  res.type('text/csv; charset=utf-8');
  res.write('\ufeff'); // lets Excel read the Vietnamese text as UTF-8
  const asCells = new Transform({ objectMode: true, transform: (row: ExportRow, _e, done) => done(null, flatten(row)) });
  await pipeline(rows, asCells, stringify({ header: true, columns, cast: { boolean: String } }), res);
}
