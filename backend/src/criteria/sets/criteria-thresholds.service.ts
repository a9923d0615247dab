import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CriteriaSetDetail, SCHEME_COLUMNS } from '@ntm/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLog } from '../../audit/audit-log';
import type { AuthUser } from '../../auth/auth-user';
import { invalid } from '../../common/errors/domain-error';
import { CriteriaCatalog } from '../catalog/criteria-catalog';
import { CriteriaAccess } from '../criteria-access';
import { auditIdOf, requireIndicator, requireYearOfSet, valueProblem } from '../criteria-values';
import type { SetThresholdDto } from '../dto/criteria-write.dto';
import { CriteriaTriggers } from '../recompute/criteria-triggers';
import { CriteriaSetsService } from './criteria-sets.service';

/** A province admin's threshold values (the provincial column), audited, recomputed at once. */
@Injectable()
export class CriteriaThresholdsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: CriteriaCatalog,
    private readonly access: CriteriaAccess,
    private readonly sets: CriteriaSetsService,
    private readonly audit: AuditLog,
    private readonly triggers: CriteriaTriggers,
  ) {}

  async set(user: AuthUser, dto: SetThresholdDto): Promise<CriteriaSetDetail> {
    const province = await this.access.manageableProvince(user, dto.provinceCode);
    const set = await this.catalog.requireSet(this.dataSource.manager, province.code, dto.setId);
    const { indicator } = requireIndicator(set, dto.indicatorId);
    if (!SCHEME_COLUMNS[set.scheme].includes(dto.column)) throw invalid('column', `phải là một trong ${SCHEME_COLUMNS[set.scheme].join(', ')}`);
    requireYearOfSet(set, dto.fromYear, 'fromYear');
    const problem = dto.value === null ? null : valueProblem(indicator.comparison, dto.value);
    if (problem) throw invalid('value', problem);
    if (!dto.note.trim()) throw invalid('note', 'phải ghi căn cứ (văn bản của tỉnh)');
    const key = [province.code, set.id, indicator.id, dto.column, dto.fromYear];
    return this.dataSource.transaction(async (manager) => {
      const previous = await this.write(manager, key, dto, user.id);
      await this.audit.record(manager, {
        entityType: 'criteria_threshold',
        entityId: auditIdOf(key),
        action: dto.value === null ? 'threshold_removed' : 'threshold_set',
        actorId: user.id,
        comment: `${key.join(' · ')} = ${JSON.stringify(dto.value)} — ${dto.note}`,
        previousAnswers: previous === null ? undefined : { value: previous },
      });
      await this.triggers.afterThreshold(manager, province.path, set);
      return this.sets.detailOf(manager, province.code, set);
    });
  }

  /** Upserts (or removes) the value; returns the previous one. */
  private async write(manager: EntityManager, key: (string | number)[], dto: SetThresholdDto, actorId: string): Promise<number | boolean | null> {
    const where = `province_code = $1 AND set_id = $2 AND indicator_id = $3 AND "column" = $4 AND from_year = $5`;
    const [old]: { value: number | boolean }[] = await manager.query(`SELECT value FROM criteria_threshold WHERE ${where} FOR UPDATE`, key);
    if (dto.value === null) await manager.query(`DELETE FROM criteria_threshold WHERE ${where}`, key);
    else
      await manager.query(
        `INSERT INTO criteria_threshold (province_code, set_id, indicator_id, "column", from_year, value, note, set_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (province_code, set_id, indicator_id, "column", from_year) DO UPDATE SET value = EXCLUDED.value, note = EXCLUDED.note, set_by = EXCLUDED.set_by, set_at = now()`,
        [...key, JSON.stringify(dto.value), dto.note, actorId],
      );
    return old?.value ?? null;
  }
}
