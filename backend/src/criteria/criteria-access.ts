import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isWithinScope, provinceCodeOfPath, scopesOverlap } from '@ntm/shared';
import type { Repository } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { invalid, outOfScope } from '../common/errors/domain-error';
import { AdministrativeUnit } from '../units/entities/administrative-unit.entity';
import { UnitsService } from '../units/units.service';

/** Who may see and change what: reads within the caller's scope, a province's settings by an
 * admin whose scope holds the province. */
@Injectable()
export class CriteriaAccess {
  constructor(
    @InjectRepository(AdministrativeUnit) private readonly units: Repository<AdministrativeUnit>,
    private readonly unitsService: UnitsService,
  ) {}

  /** A unit in the caller's scope: 404 unknown, 403 outside. */
  unit(user: AuthUser, code: string | undefined, field?: string): Promise<AdministrativeUnit> {
    return this.unitsService.requireInScope(code ?? user.unitCode, user, field);
  }

  /** A province the caller works in or above (the caller's own by default). */
  async readableProvince(user: AuthUser, code: string | undefined, field = 'province'): Promise<AdministrativeUnit> {
    const province = await this.province(code ?? provinceCodeOfPath(user.scopePath), field);
    if (!scopesOverlap(province.path, user.scopePath)) throw outOfScope(field);
    return province;
  }

  /** A province whose whole territory is in the caller's scope (a province or national admin). */
  async manageableProvince(user: AuthUser, code: string, field = 'provinceCode'): Promise<AdministrativeUnit> {
    const province = await this.province(code, field);
    if (!isWithinScope(province.path, user.scopePath)) throw outOfScope(field);
    return province;
  }

  private async province(code: string | null, field: string): Promise<AdministrativeUnit> {
    if (!code) throw invalid(field, 'is required for a national account');
    const unit = await this.units.findOneBy({ code });
    if (!unit || unit.type !== 'province') throw invalid(field, `"${code}" không phải là mã của một tỉnh`);
    return unit;
  }
}
