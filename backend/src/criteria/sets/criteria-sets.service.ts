import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CriteriaSet, type CriteriaSetDetail, type CriteriaSetSummary, NATIONAL_CRITERIA_SETS, provinceCodeOfPath } from '@ntm/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../auth/auth-user';
import { CriteriaCatalog } from '../catalog/criteria-catalog';
import { CriteriaAccess } from '../criteria-access';
import type { SetsQueryDto } from '../dto/criteria-query.dto';
import { type ProvincialRow, thresholdRows, toSetSummary } from './criteria-sets.mapper';

const PROVINCIAL_SELECT = `
  SELECT t.set_id, t.indicator_id, t."column", t.from_year, t.value, t.note, a.full_name AS set_by, t.set_at
    FROM criteria_threshold t JOIN account a ON a.id = t.set_by WHERE t.province_code = $1`;

/** The sets a province uses, with its threshold column beside the national one. */
@Injectable()
export class CriteriaSetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: CriteriaCatalog,
    private readonly access: CriteriaAccess,
  ) {}

  /** For a national account without a province: the national sets alone. */
  async list(user: AuthUser, query: SetsQueryDto): Promise<CriteriaSetSummary[]> {
    const manager = this.dataSource.manager;
    const national = !query.province && provinceCodeOfPath(user.scopePath) === null;
    const province = national ? null : await this.access.readableProvince(user, query.province);
    const sets = province ? [...NATIONAL_CRITERIA_SETS.filter((s) => s.provinceCode === null), ...(await this.catalog.ownSets(manager, province.code))] : NATIONAL_CRITERIA_SETS;
    const provincial = province ? await this.provincial(manager, province.code) : [];
    return sets.filter((set) => !query.year || (set.fromYear <= query.year && query.year <= set.toYear)).map((set) => toSetSummary(set, provincial));
  }

  async detail(user: AuthUser, setId: string, provinceCode: string | undefined): Promise<CriteriaSetDetail> {
    const province = await this.access.readableProvince(user, provinceCode);
    return this.detailOf(this.dataSource.manager, province.code, await this.catalog.requireSet(this.dataSource.manager, province.code, setId));
  }

  async detailOf(manager: EntityManager, provinceCode: string, set: CriteriaSet): Promise<CriteriaSetDetail> {
    return { set, provinceCode, thresholds: thresholdRows(set, await this.provincial(manager, provinceCode)) };
  }

  async summaryOf(manager: EntityManager, provinceCode: string, set: CriteriaSet): Promise<CriteriaSetSummary> {
    return toSetSummary(set, await this.provincial(manager, provinceCode));
  }

  private provincial(manager: EntityManager, provinceCode: string): Promise<ProvincialRow[]> {
    return manager.query(`${PROVINCIAL_SELECT} ORDER BY t.set_id, t.indicator_id, t."column", t.from_year`, [provinceCode]);
  }
}
