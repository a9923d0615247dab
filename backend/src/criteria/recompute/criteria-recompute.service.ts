import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RecomputeCriteriaResult } from '@ntm/shared';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../auth/auth-user';
import { invalid } from '../../common/errors/domain-error';
import { CriteriaAccess } from '../criteria-access';
import type { RecomputeCriteriaDto } from '../dto/criteria-write.dto';
import { CriteriaTriggers, provincePathOf } from './criteria-triggers';

/** Admin, on demand: a province (or one commune of it), timed. */
@Injectable()
export class CriteriaRecomputeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CriteriaAccess,
    private readonly triggers: CriteriaTriggers,
  ) {}

  async recompute(user: AuthUser, dto: RecomputeCriteriaDto): Promise<RecomputeCriteriaResult> {
    const unit = await this.access.unit(user, dto.unitCode, 'unitCode');
    if (unit.type !== 'province' && unit.type !== 'commune') throw invalid('unitCode', 'phải là một tỉnh hoặc một xã');
    const started = performance.now();
    const { units, years } = await this.dataSource.transaction((manager) =>
      this.triggers.recompute(manager, {
        provincePath: provincePathOf(unit.path),
        communes: unit.type === 'commune' ? [unit.code] : undefined,
        years: dto.year ? [dto.year] : undefined,
      }),
    );
    return { units, years, seconds: Math.round(performance.now() - started) / 1000 };
  }
}
