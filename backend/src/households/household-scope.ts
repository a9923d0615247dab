import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isWithinScope, scopesOverlap } from '@ntm/shared';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { DomainError, invalid, notFound, outOfScope } from '../common/errors/domain-error';
import { subtreePattern } from '../common/sql/escape-like';
import { UnitsService } from '../units/units.service';

/** A WHERE clause over `household h` and its parameters ($1…). */
export type HouseholdFilter = { sql: string; params: unknown[] };

export type ScopedUnit = { code: string; path: string };

export type Village = { code: string; path: string; communeCode: string };

export type HouseholdAccess = { id: string; communeCode: string; villageCode: string; villagePath: string };

/** Enumerators see the households of the villages they are assigned to in an open campaign that
 * records households (household review or income survey), and nothing else. */
const ASSIGNED_VILLAGES = `SELECT a.unit_code FROM assignment a JOIN campaign c ON c.id = a.campaign_id
  WHERE a.enumerator_id = ? AND c.status = 'open' AND c.kind IN ('household_review', 'income_survey')`;

/** Who may see which households: personal data never leaves the caller's scope. */
@Injectable()
export class HouseholdScope {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly units: UnitsService,
  ) {}

  /** The unit a list or export covers: `code` (any unit overlapping the caller's scope, narrowed
   * to that scope) or the caller's own unit. */
  async root(user: AuthUser, code: string | undefined): Promise<ScopedUnit> {
    if (!code) return { code: user.unitCode, path: user.scopePath };
    const [unit]: ScopedUnit[] = await this.dataSource.query(`SELECT code, path FROM administrative_unit WHERE code = $1`, [code]);
    if (!unit) throw invalid('unit', `Không có đơn vị mã "${code}"`);
    if (!scopesOverlap(unit.path, user.scopePath)) throw outOfScope('unit');
    return unit.path.length >= user.scopePath.length ? unit : { code: user.unitCode, path: user.scopePath };
  }

  /** Households under `root` that the caller may read. */
  filter(user: AuthUser, root: ScopedUnit): HouseholdFilter {
    const params: unknown[] = [subtreePattern(root.path)];
    const clauses = ['h.village_path LIKE $1'];
    if (user.role === 'enumerator') {
      params.push(user.id);
      clauses.push(`h.village_code IN (${ASSIGNED_VILLAGES.replace('?', `$${params.length}`)})`);
    }
    return { sql: clauses.join(' AND '), params };
  }

  /** A village inside the caller's scope, for a household to live in. */
  async requireVillage(user: AuthUser, code: string, field: string): Promise<Village> {
    const unit = await this.units.requireVillageInScope(code, user, field);
    return { code: unit.code, path: unit.path, communeCode: unit.parentCode! };
  }

  /** 404 when there is no such household, 403 when the caller may not read it. */
  async requireReadable(user: AuthUser, id: string): Promise<HouseholdAccess> {
    const household = await this.find(id);
    if (!isWithinScope(household.villagePath, user.scopePath)) throw outOfScope();
    if (user.role === 'enumerator' && !(await this.isAssigned(user.id, household.villageCode))) {
      throw new DomainError('OUT_OF_SCOPE', 'Bạn không được giao thôn của hộ này trong đợt rà soát nào đang mở');
    }
    return household;
  }

  /** Writers are admins and supervisors (checked by the route): the household must be in scope. */
  async requireWritable(user: AuthUser, id: string): Promise<HouseholdAccess> {
    const household = await this.find(id);
    if (!isWithinScope(household.villagePath, user.scopePath)) throw outOfScope();
    return household;
  }

  private async find(id: string): Promise<HouseholdAccess> {
    const [household]: HouseholdAccess[] = await this.dataSource.query(
      `SELECT id, commune_code AS "communeCode", village_code AS "villageCode", village_path AS "villagePath" FROM household WHERE id = $1`,
      [id],
    );
    if (!household) throw notFound('Household');
    return household;
  }

  private async isAssigned(enumeratorId: string, villageCode: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM (${ASSIGNED_VILLAGES.replace('?', '$1')}) s WHERE s.unit_code = $2`, [enumeratorId, villageCode]);
    return rows.length > 0;
  }
}
