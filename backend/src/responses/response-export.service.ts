import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RESPONSE_STATUS_LABELS_VI, type ResponseStatus } from '@ntm/shared';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { CampaignsService } from '../campaigns/campaigns.service';
import { type Cell, writeTable } from '../common/export/write-table';
import { withStream } from '../common/export/query-stream';
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
    const sql = `SELECT r.id, r.unit_code, u.name AS unit_name, r.household_id, r.status, a.username AS enumerator,
                        r.submitted_at, r.updated_at, r.answers
                   FROM survey_response r JOIN administrative_unit u ON u.code = r.unit_code JOIN account a ON a.id = r.created_by
                  WHERE ${filter.sql} ORDER BY r.unit_path, r.created_at`;
    const flatten = (row: ExportRow) => columns.map((column) => cell(column in row && column !== 'answers' ? row[column] : row.answers[column], column, row));
    res.attachment(`phieu-${campaign.year}-dot-${campaign.round}.${query.format}`);
    await withStream(this.dataSource, sql, filter.params, (rows: AsyncIterable<ExportRow>) => writeTable(res, query.format, 'Phiếu', columns, rows, flatten));
  }
}

function cell(value: unknown, column: string, row: ExportRow): Cell {
  if (column === 'status') return RESPONSE_STATUS_LABELS_VI[row.status];
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'object' ? JSON.stringify(value) : (value as string | number | boolean);
}
