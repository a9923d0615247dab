import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { HOUSEHOLD_STATUS_LABELS_VI, type HouseholdStatus, MEMBER_RELATION_LABELS_VI, type MemberRelation, SEX_LABELS_VI, type Sex } from '@ntm/shared';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { PersonalDataExports } from '../audit/personal-data-exports';
import type { AuthUser } from '../auth/auth-user';
import { type Cell, writeTable } from '../common/export/write-table';
import { type SnapshotQuery, withStream } from '../common/export/query-stream';
import type { HouseholdExportQueryDto } from './dto/household.dto';
import { HouseholdScope } from './household-scope';
import { HOUSEHOLD_HEADERS, TEMPLATE_ROWS } from './import/household-file';

type MemberRow = {
  code: string;
  village_code: string;
  head_name: string;
  address: string | null;
  full_name: string;
  sex: Sex;
  birth_date: string;
  relation_to_head: MemberRelation;
  ethnicity: string;
  id_number: string | null;
  status: HouseholdStatus;
};

const EXPORT_HEADERS = [...HOUSEHOLD_HEADERS, 'Trạng thái'];
export const HOUSEHOLD_EXPORT_DATASET = 'household_members';

/** The names of the registry, one row per member in the columns of the import file (so an export
 * can be corrected and imported again), streamed; every download is logged with its row count
 * before it starts. */
@Injectable()
export class HouseholdExporter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: HouseholdScope,
    private readonly exports: PersonalDataExports,
  ) {}

  async export(user: AuthUser, query: HouseholdExportQueryDto, res: Response): Promise<void> {
    const root = await this.scope.root(user, query.unit);
    const { sql, params } = this.scope.filter(user, root);
    if (query.status) params.push(query.status);
    const from = `FROM household h JOIN household_member m ON m.household_id = h.id WHERE ${sql}${query.status ? ` AND h.status = $${params.length}` : ''}`;
    const select = `
      SELECT h.code, h.village_code, h.head_name, h.address, m.full_name, m.sex, to_char(m.birth_date, 'DD/MM/YYYY') AS birth_date,
             m.relation_to_head, m.ethnicity, m.id_number, h.status
        ${from} ORDER BY h.village_path, h.code, m.position`;
    // Logged, and committed, before the first byte leaves: the count is of the very snapshot streamed.
    const log = async (read: SnapshotQuery) => {
      const [counted] = await read(`SELECT count(*)::int AS n ${from}`, params);
      const rowCount = counted!.n as number;
      await this.exports.record({ actorId: user.id, dataset: HOUSEHOLD_EXPORT_DATASET, unit: root, statusFilter: query.status ?? null, format: query.format, rowCount });
    };
    res.attachment(`so-ho-${root.code}.${query.format}`);
    await withStream(this.dataSource, select, params, (rows: AsyncIterable<MemberRow>) => writeTable(res, query.format, 'Sổ hộ', EXPORT_HEADERS, rows, toCells), log);
  }

  /** An xlsx with the import columns and one example household. */
  async template(res: Response): Promise<void> {
    res.attachment('mau-nhap-so-ho.xlsx');
    await writeTable(res, 'xlsx', 'Sổ hộ', HOUSEHOLD_HEADERS, TEMPLATE_ROWS, (row) => [...row]);
  }
}

function toCells(row: MemberRow): Cell[] {
  return [
    row.code, row.village_code, row.head_name, row.address, row.full_name, SEX_LABELS_VI[row.sex], row.birth_date,
    MEMBER_RELATION_LABELS_VI[row.relation_to_head], row.ethnicity, row.id_number, HOUSEHOLD_STATUS_LABELS_VI[row.status],
  ];
}
