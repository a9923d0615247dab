import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type FieldError, type ManualValueDto, provinceCodeOfPath } from '@ntm/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../auth/auth-user';
import { conflict, invalid } from '../../common/errors/domain-error';
import type { AdministrativeUnit } from '../../units/entities/administrative-unit.entity';
import { CriteriaCatalog } from '../catalog/criteria-catalog';
import { CriteriaAccess } from '../criteria-access';
import { invalidFields, requireIndicator, requireYearOfSet, valueProblem } from '../criteria-values';
import type { ManualHistoryQueryDto } from '../dto/criteria-query.dto';
import type { ManualValueDto as ManualValueBody } from '../dto/criteria-write.dto';
import { CriteriaTriggers } from '../recompute/criteria-triggers';
import { MANUAL_VALUE_SELECT, type ManualValueRow, toManualValueDto } from './manual-values.mapper';

/** Values entered by the responsible agency with their evidence; each change a new row. A fed
 * indicator may be entered too: its entry applies only where no finalised campaign covers it. */
@Injectable()
export class ManualValuesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: CriteriaCatalog,
    private readonly access: CriteriaAccess,
    private readonly triggers: CriteriaTriggers,
  ) {}

  async save(user: AuthUser, dto: ManualValueBody): Promise<ManualValueDto> {
    const unit = await this.access.unit(user, dto.unitCode, 'unitCode');
    const provinceCode = provinceCodeOfPath(unit.path)!;
    const set = await this.catalog.requireSet(this.dataSource.manager, provinceCode, dto.setId);
    if (!(unit.type === set.unitLevel)) throw invalid('unitCode', set.unitLevel === 'village' ? 'phải là một thôn (bộ tiêu chí thôn)' : 'phải là một xã');
    const { indicator } = requireIndicator(set, dto.indicatorId);
    requireYearOfSet(set, dto.year, 'year');
    const problems = evidenceProblems(dto);
    const valueIssue = valueProblem(indicator.comparison, dto.value);
    if (valueIssue) problems.unshift({ field: 'value', reason: valueIssue });
    if (problems.length > 0) throw invalidFields(problems);
    return this.dataSource.transaction(async (manager) => {
      await this.requireOpenYear(manager, provinceCode, dto.year);
      if (dto.evidenceFileId) await this.requireEvidence(manager, dto.evidenceFileId, unit);
      const [{ id }]: { id: string }[] = await manager.query(
        `INSERT INTO criteria_manual_value (unit_code, set_id, indicator_id, year, value, note, evidence_date, evidence_url, evidence_file_id, entered_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [unit.code, set.id, indicator.id, dto.year, JSON.stringify(dto.value), dto.note.trim(), dto.evidenceDate, dto.evidenceUrl?.trim() || null, dto.evidenceFileId ?? null, user.id],
      );
      await this.triggers.afterManualValue(manager, unit, dto.year);
      const [row]: ManualValueRow[] = await manager.query(`${MANUAL_VALUE_SELECT} WHERE m.id = $1`, [id]);
      return toManualValueDto(row!);
    });
  }

  /** Newest first: every value entered for the unit and set (an indicator, a year). */
  async history(user: AuthUser, query: ManualHistoryQueryDto): Promise<ManualValueDto[]> {
    const unit = await this.access.unit(user, query.unit, 'unit');
    const rows: ManualValueRow[] = await this.dataSource.query(
      `${MANUAL_VALUE_SELECT}
        WHERE m.unit_code = $1 AND m.set_id = $2 AND ($3::varchar IS NULL OR m.indicator_id = $3) AND ($4::int IS NULL OR m.year = $4)
        ORDER BY m.entered_at DESC, m.id DESC LIMIT 500`,
      [unit.code, query.set, query.indicator ?? null, query.year ?? null],
    );
    return rows.map(toManualValueDto);
  }

  private async requireOpenYear(manager: EntityManager, provinceCode: string, year: number): Promise<void> {
    const [closed] = await manager.query(`SELECT 1 FROM criteria_closed_year WHERE province_code = $1 AND year = $2 FOR SHARE`, [provinceCode, year]);
    if (closed) throw conflict(`Năm ${year} đã khóa sổ: mở lại năm trước khi sửa số liệu`, [{ field: 'year', reason: 'đã khóa sổ' }]);
  }

  /** The file must back a value of the unit it was uploaded for (or of a unit below it). */
  private async requireEvidence(manager: EntityManager, fileId: string, unit: AdministrativeUnit): Promise<void> {
    const [file] = await manager.query(
      `SELECT 1 FROM criteria_evidence f JOIN administrative_unit u ON u.code = f.unit_code WHERE f.id = $1 AND starts_with($2, u.path)`,
      [fileId, unit.path],
    );
    if (!file) throw invalid('evidenceFileId', 'không có tệp minh chứng này cho đơn vị');
  }
}

/** Evidence needs a note, a date, and a link or a file. */
function evidenceProblems(dto: ManualValueBody): FieldError[] {
  const problems: FieldError[] = [];
  if (!dto.note.trim()) problems.push({ field: 'note', reason: 'phải ghi chú nguồn minh chứng' });
  if (!dto.evidenceUrl?.trim() && !dto.evidenceFileId) problems.push({ field: 'evidenceUrl', reason: 'cần đường dẫn hoặc tệp minh chứng (evidenceFileId)' });
  if (dto.evidenceUrl?.trim() && !/^https?:\/\/\S+$/.test(dto.evidenceUrl.trim())) problems.push({ field: 'evidenceUrl', reason: 'phải là một đường dẫn http(s)' });
  return problems;
}
