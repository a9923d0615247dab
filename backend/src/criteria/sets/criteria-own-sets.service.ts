import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CriteriaSet, criteriaSetProblems, type CriteriaSetSummary, nationalCriteriaSet } from '@ntm/shared';
import { DataSource } from 'typeorm';
import { AuditLog } from '../../audit/audit-log';
import type { AuthUser } from '../../auth/auth-user';
import { invalid } from '../../common/errors/domain-error';
import { CriteriaCatalog } from '../catalog/criteria-catalog';
import { CriteriaAccess } from '../criteria-access';
import { auditIdOf, invalidFields } from '../criteria-values';
import type { OwnSetDto } from '../dto/own-set.dto';
import { CriteriaTriggers } from '../recompute/criteria-triggers';
import { CriteriaSetsService } from './criteria-sets.service';

/** A province's own sets (a village set adopted from the template, a stricter commune set…):
 * validated by the shared rules, saved as a new version, audited, evaluated at once. */
@Injectable()
export class CriteriaOwnSetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: CriteriaCatalog,
    private readonly access: CriteriaAccess,
    private readonly sets: CriteriaSetsService,
    private readonly audit: AuditLog,
    private readonly triggers: CriteriaTriggers,
  ) {}

  async list(user: AuthUser, provinceCode: string | undefined): Promise<CriteriaSet[]> {
    const province = await this.access.readableProvince(user, provinceCode);
    return this.catalog.ownSets(this.dataSource.manager, province.code);
  }

  async save(user: AuthUser, dto: OwnSetDto): Promise<CriteriaSetSummary> {
    const province = await this.access.manageableProvince(user, dto.provinceCode);
    const set = dto.set;
    if (set.provinceCode !== province.code) throw invalid('set.provinceCode', `phải là mã tỉnh ${province.code}`);
    if (typeof set.id !== 'string' || !set.id.startsWith(`P${province.code}_`) || nationalCriteriaSet(set.id)) {
      throw invalid('set.id', `phải bắt đầu bằng "P${province.code}_" (bộ tiêu chí riêng của tỉnh)`);
    }
    const problems = criteriaSetProblems(set);
    if (problems.length > 0) throw invalidFields(problems.map((p) => ({ field: `set.${p.field}`, reason: p.reason })));
    return this.dataSource.transaction(async (manager) => {
      const [{ version }]: { version: number }[] = await manager.query(`SELECT coalesce(max(version), 0) + 1 AS version FROM criteria_province_set WHERE id = $1`, [set.id]);
      const saved: CriteriaSet = { ...set, version };
      await manager.query(`INSERT INTO criteria_province_set (id, version, province_code, definition, created_by) VALUES ($1, $2, $3, $4, $5)`, [set.id, version, province.code, saved, user.id]);
      // A new version may drop indicators: its results are written afresh (closed years keep theirs).
      await manager.query(
        `DELETE FROM criteria_indicator_result r USING criteria_evaluation e
          WHERE r.set_id = $1 AND e.unit_code = r.unit_code AND e.set_id = r.set_id AND e.year = r.year AND NOT e.frozen`,
        [set.id],
      );
      await this.audit.record(manager, { entityType: 'criteria_set', entityId: auditIdOf([set.id]), action: 'set_saved', actorId: user.id, comment: `${set.id} v${version}: ${set.name}` });
      await this.triggers.recompute(manager, { provincePath: province.path });
      return this.sets.summaryOf(manager, province.code, saved);
    });
  }
}
