import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ClosedYearDto } from '@ntm/shared';
import { DataSource } from 'typeorm';
import { AuditLog } from '../../audit/audit-log';
import type { AuthUser } from '../../auth/auth-user';
import { conflict, invalid } from '../../common/errors/domain-error';
import { subtreePattern } from '../../common/sql/escape-like';
import { CriteriaAccess } from '../criteria-access';
import { auditIdOf } from '../criteria-values';
import type { CloseYearDto } from '../dto/criteria-write.dto';
import { CriteriaTriggers } from '../recompute/criteria-triggers';

/** A province admin closes a year: its evaluations become the year's snapshot (frozen, skipped by
 * every recompute, no manual value of the year may change); reopening needs a reason. Both audited. */
@Injectable()
export class ClosedYearsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CriteriaAccess,
    private readonly audit: AuditLog,
    private readonly triggers: CriteriaTriggers,
  ) {}

  async close(user: AuthUser, dto: CloseYearDto): Promise<ClosedYearDto> {
    const province = await this.access.manageableProvince(user, dto.provinceCode);
    return this.dataSource.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO criteria_closed_year (province_code, year, closed_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING year`,
        [province.code, dto.year, user.id],
      );
      if (inserted.length === 0) throw conflict(`Năm ${dto.year} đã khóa sổ`);
      const [, evaluations]: [unknown, number] = await manager.query(`UPDATE criteria_evaluation SET frozen = true WHERE year = $1 AND unit_path LIKE $2`, [dto.year, subtreePattern(province.path)]);
      await this.audit.record(manager, { entityType: 'criteria_year', entityId: auditIdOf([province.code, dto.year]), action: 'close', actorId: user.id, comment: dto.reason ?? null });
      return { provinceCode: province.code, year: dto.year, closed: true, evaluations };
    });
  }

  async reopen(user: AuthUser, dto: CloseYearDto): Promise<ClosedYearDto> {
    const province = await this.access.manageableProvince(user, dto.provinceCode);
    if (!dto.reason?.trim()) throw invalid('reason', 'phải ghi lý do mở lại năm đã khóa sổ');
    return this.dataSource.transaction(async (manager) => {
      const [, deleted]: [unknown, number] = await manager.query(`DELETE FROM criteria_closed_year WHERE province_code = $1 AND year = $2`, [province.code, dto.year]);
      if (!deleted) throw conflict(`Năm ${dto.year} chưa khóa sổ`);
      const [, evaluations]: [unknown, number] = await manager.query(`UPDATE criteria_evaluation SET frozen = false WHERE year = $1 AND unit_path LIKE $2`, [dto.year, subtreePattern(province.path)]);
      await this.audit.record(manager, { entityType: 'criteria_year', entityId: auditIdOf([province.code, dto.year]), action: 'reopen', actorId: user.id, comment: dto.reason!.trim() });
      await this.triggers.recompute(manager, { provincePath: province.path, years: [dto.year] });
      return { provinceCode: province.code, year: dto.year, closed: false, evaluations };
    });
  }
}
