import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CriteriaLevelOfUnit, type CriteriaSet, isWithinScope, nationalCriteriaSet, provinceCodeOfPath, type TargetDto } from '@ntm/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLog } from '../../audit/audit-log';
import type { AuthUser } from '../../auth/auth-user';
import { invalid, notFound, outOfScope } from '../../common/errors/domain-error';
import type { AdministrativeUnit } from '../../units/entities/administrative-unit.entity';
import { CriteriaCatalog } from '../catalog/criteria-catalog';
import { CriteriaAccess } from '../criteria-access';
import type { TargetDto as TargetBody, TargetsQueryDto } from '../dto/target.dto';
import { CriteriaTarget } from '../entities/criteria-target.entity';
import { currentYear } from '../recompute/criteria-recomputer';
import { LEVEL_ORDER, outOf, targetActuals } from './target-actuals.sql';

/** A steering committee's targets as data, with the actual per year beside each. */
@Injectable()
export class TargetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CriteriaAccess,
    private readonly catalog: CriteriaCatalog,
    private readonly audit: AuditLog,
  ) {}

  async list(user: AuthUser, query: TargetsQueryDto): Promise<TargetDto[]> {
    const unit = await this.access.unit(user, query.unit, 'unit');
    return this.targetsOf(unit, (t) => !query.set || t.setId === query.set);
  }

  /** The unit's targets (those `keep` selects), each with its actual per year and what it counts over. */
  async targetsOf(unit: AdministrativeUnit, keep: (t: CriteriaTarget) => boolean): Promise<TargetDto[]> {
    const manager = this.dataSource.manager;
    const rows = (await manager.find(CriteriaTarget, { where: { unitCode: unit.code }, order: { fromYear: 'ASC', label: 'ASC' } })).filter(keep);
    const provinceCode = provinceCodeOfPath(unit.path)!;
    // The province's own sets once for all the targets; the units counted over once per level.
    const ownSets = new Map((await this.catalog.ownSets(manager, provinceCode)).map((set) => [set.id, set]));
    const unitsOfLevel = new Map<CriteriaLevelOfUnit, number>();
    const dtos: TargetDto[] = [];
    for (const row of rows) {
      const set = nationalCriteriaSet(row.setId) ?? ownSets.get(row.setId);
      if (!set) continue; // a target of a set the province no longer has
      dtos.push(await this.dto(manager, unit, set, row, unitsOfLevel));
    }
    return dtos;
  }

  async create(user: AuthUser, body: TargetBody): Promise<TargetDto> {
    const { unit, set } = await this.checked(user, body);
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.save(CriteriaTarget, manager.create(CriteriaTarget, { ...fieldsOf(body), updatedBy: user.id }));
      await this.audit.record(manager, { entityType: 'criteria_target', entityId: row.id, action: 'create', actorId: user.id, comment: body.label });
      return this.dto(manager, unit, set, row);
    });
  }

  async update(user: AuthUser, id: string, body: TargetBody): Promise<TargetDto> {
    await this.requireTarget(user, id);
    const { unit, set } = await this.checked(user, body);
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneByOrFail(CriteriaTarget, { id });
      await manager.update(CriteriaTarget, { id }, { ...fieldsOf(body), updatedBy: user.id, updatedAt: new Date() });
      await this.audit.record(manager, { entityType: 'criteria_target', entityId: id, action: 'update', actorId: user.id, comment: body.label, previousAnswers: { ...before } });
      return this.dto(manager, unit, set, await manager.findOneByOrFail(CriteriaTarget, { id }));
    });
  }

  async remove(user: AuthUser, id: string): Promise<void> {
    const before = await this.requireTarget(user, id);
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(CriteriaTarget, { id });
      await this.audit.record(manager, { entityType: 'criteria_target', entityId: id, action: 'delete', actorId: user.id, comment: before.label, previousAnswers: { ...before } });
    });
  }

  private async requireTarget(user: AuthUser, id: string): Promise<CriteriaTarget> {
    const row = await this.dataSource.manager.findOne(CriteriaTarget, { where: { id }, relations: { unit: true } });
    if (!row) throw notFound('Target');
    if (!isWithinScope(row.unit!.path, user.scopePath)) throw outOfScope();
    delete row.unit;
    return row;
  }

  /** The unit in scope, the set of its province, and a parameter that fits the metric. */
  private async checked(user: AuthUser, body: TargetBody): Promise<{ unit: AdministrativeUnit; set: CriteriaSet }> {
    const unit = await this.access.unit(user, body.unitCode, 'unitCode');
    const provinceCode = provinceCodeOfPath(unit.path);
    if (!provinceCode) throw invalid('unitCode', 'phải là một tỉnh hoặc đơn vị trong tỉnh');
    const set = await this.catalog.requireSet(this.dataSource.manager, provinceCode, body.setId).catch(() => {
      throw invalid('setId', `không có bộ tiêu chí "${body.setId}"`);
    });
    if (body.fromYear > body.toYear) throw invalid('toYear', 'phải không nhỏ hơn năm bắt đầu');
    const problem = parameterProblem(set, body);
    if (problem) throw invalid('parameter', problem);
    return { unit, set };
  }

  /** `unitsOfLevel`: what the unit's units of a level count, memoised across the targets of a call. */
  private async dto(manager: EntityManager, unit: AdministrativeUnit, set: CriteriaSet, row: CriteriaTarget, unitsOfLevel = new Map<CriteriaLevelOfUnit, number>()): Promise<TargetDto> {
    const key = { unitPath: unit.path, set, metric: row.metric, parameter: row.parameter, fromYear: row.fromYear, toYear: row.toYear };
    const actual = await targetActuals(manager, key, currentYear());
    let total: number;
    if (key.metric === 'average_criteria_met') total = await outOf(manager, key);
    else {
      total = unitsOfLevel.get(set.unitLevel) ?? (await outOf(manager, key));
      unitsOfLevel.set(set.unitLevel, total);
    }
    return {
      id: row.id,
      unitCode: row.unitCode,
      setId: row.setId,
      label: row.label,
      metric: row.metric,
      parameter: row.parameter,
      fromYear: row.fromYear,
      toYear: row.toYear,
      baseline: row.baseline === null ? null : Number(row.baseline),
      target: Number(row.target),
      actual,
      outOf: total,
    };
  }
}

const fieldsOf = (body: TargetBody) => ({
  unitCode: body.unitCode,
  setId: body.setId,
  label: body.label.trim(),
  metric: body.metric,
  parameter: body.parameter ?? null,
  fromYear: body.fromYear,
  toYear: body.toYear,
  baseline: body.baseline === null || body.baseline === undefined ? null : String(body.baseline),
  target: String(body.target),
});

function parameterProblem(set: CriteriaSet, { metric, parameter }: TargetBody): string | null {
  switch (metric) {
    case 'communes_at_level':
    case 'villages_at_level':
      return parameter && LEVEL_ORDER.slice(1).includes(parameter) ? null : 'phải là mức: ntm, advanced hoặc model';
    case 'communes_meeting_criterion':
      return set.criteria.some((c) => String(c.number) === parameter) ? null : `phải là số thứ tự một tiêu chí của bộ ${set.id}`;
    case 'communes_below_criteria':
      return parameter && /^\d+$/.test(parameter) && Number(parameter) <= set.criteria.length ? null : `phải là số tiêu chí tối thiểu (0–${set.criteria.length})`;
    case 'average_criteria_met':
      return parameter ? 'không dùng tham số' : null;
  }
}
