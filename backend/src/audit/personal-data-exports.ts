import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Page, PageQuery, PersonalDataExportDto, UnitType } from '@ntm/shared';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { pageWindow } from '../common/pagination/page-query.dto';
import { subtreePattern } from '../common/sql/escape-like';

export type PersonalDataExportRecord = {
  actorId: string;
  dataset: string;
  unit: { code: string; path: string };
  statusFilter: string | null;
  format: 'csv' | 'xlsx';
  rowCount: number;
};

type ExportRow = Omit<PersonalDataExportDto, 'actor' | 'unit' | 'at'> & {
  at: Date;
  actorId: string;
  username: string;
  fullName: string;
  unitCode: string;
  unitName: string;
  unitType: UnitType;
};

/** The log of personal-data downloads: written by every export of names, read by admins. */
@Injectable()
export class PersonalDataExports {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(entry: PersonalDataExportRecord): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO personal_data_export (actor_id, dataset, unit_code, unit_path, status_filter, format, row_count) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [entry.actorId, entry.dataset, entry.unit.code, entry.unit.path, entry.statusFilter, entry.format, entry.rowCount],
    );
  }

  /** Downloads of data inside the caller's scope, newest first. */
  async list(user: AuthUser, query: PageQuery): Promise<Page<PersonalDataExportDto>> {
    const window = pageWindow(query);
    const where = `WHERE e.unit_path LIKE $1`;
    const scope = subtreePattern(user.scopePath);
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(
        `SELECT e.id::text AS id, e.at, e.dataset, e.status_filter AS "statusFilter", e.format, e.row_count AS "rowCount",
                a.id AS "actorId", a.username, a.full_name AS "fullName", u.code AS "unitCode", u.name AS "unitName", u.type AS "unitType"
           FROM personal_data_export e JOIN account a ON a.id = e.actor_id JOIN administrative_unit u ON u.code = e.unit_code
          ${where} ORDER BY e.id DESC LIMIT $2 OFFSET $3`,
        [scope, window.pageSize, window.offset],
      ),
      this.dataSource.query(`SELECT count(*)::int AS total FROM personal_data_export e ${where}`, [scope]),
    ]);
    return { items: (rows as ExportRow[]).map(toPersonalDataExportDto), total, page: window.page, pageSize: window.pageSize };
  }
}

function toPersonalDataExportDto(row: ExportRow): PersonalDataExportDto {
  const { actorId, username, fullName, unitCode, unitName, unitType, at, ...rest } = row;
  return { ...rest, at: at.toISOString(), actor: { id: actorId, username, fullName }, unit: { code: unitCode, name: unitName, type: unitType } };
}
