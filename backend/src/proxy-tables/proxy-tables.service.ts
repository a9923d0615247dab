import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type EffectiveProxyTableDto, isWithinScope, type ProxyTableVersionDto, proxyTableProblems, scopesOverlap } from '@ntm/shared';
import { DataSource } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import type { AuthUser } from '../auth/auth-user';
import { DomainError, invalid, notFound, outOfScope } from '../common/errors/domain-error';
import { AdministrativeUnit } from '../units/entities/administrative-unit.entity';
import type { SaveProxyTableDto } from './dto/save-proxy-table.dto';
import { EffectiveProxyTables } from './effective-proxy-tables';
import { type ProxyTableVersionRow, toProxyTableVersionDto } from './proxy-tables.mapper';
import { INSERT_VERSION, VERSION_COLUMNS, VERSION_FROM } from './proxy-tables.sql';

/** Stored B1 scoring tables: national or per province, each save a new version, audited. */
@Injectable()
export class ProxyTablesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly effective: EffectiveProxyTables,
  ) {}

  /** Saved by an admin of the scope or above; a bad table is refused field by field. */
  async save(user: AuthUser, dto: SaveProxyTableDto): Promise<ProxyTableVersionDto> {
    const scope = await this.scope(dto.scopeCode);
    if (!isWithinScope(scope.path, user.scopePath)) throw outOfScope('scopeCode');
    const problems = proxyTableProblems(dto.table).map(({ field, reason }) => ({ field: field ? `table.${field}` : 'table', reason }));
    if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', `Bảng điểm B1 chưa hợp lệ: ${problems[0]!.field} ${problems[0]!.reason}`, problems);
    const id = await this.dataSource.transaction(async (manager) => {
      const [saved]: { id: string; version: number }[] = await manager.query(INSERT_VERSION, [scope.code, dto.status, dto.legalBasis, JSON.stringify(dto.table), user.id]);
      await this.audit.record(manager, { entityType: 'proxy_table', entityId: saved!.id, action: 'save_version', actorId: user.id, toStatus: dto.status, comment: `${scope.code} v${saved!.version}` });
      return saved!.id;
    });
    this.effective.invalidate();
    return this.version(id);
  }

  /** Versions of the scopes the caller works in or under (newest first), or of one scope. */
  async list(user: AuthUser, scopeCode?: string): Promise<ProxyTableVersionDto[]> {
    if (scopeCode !== undefined && !scopesOverlap((await this.scope(scopeCode)).path, user.scopePath)) throw outOfScope('scope');
    const rows: ProxyTableVersionRow[] = await this.dataSource.query(
      `SELECT ${VERSION_COLUMNS} FROM ${VERSION_FROM}
        WHERE (u.path LIKE $1 || '%' OR $1 LIKE u.path || '%') AND ($2::varchar IS NULL OR t.scope_code = $2)
        ORDER BY u.depth, t.scope_code, t.version DESC`,
      [user.scopePath, scopeCode ?? null],
    );
    return rows.map(toProxyTableVersionDto);
  }

  async get(user: AuthUser, id: string): Promise<ProxyTableVersionDto> {
    const version = await this.version(id);
    if (!scopesOverlap((await this.scope(version.scopeCode)).path, user.scopePath)) throw outOfScope();
    return version;
  }

  /** Anyone working at or under the unit (an enumerator's form scores with it), or above it. */
  async effectiveFor(user: AuthUser, unitCode: string): Promise<EffectiveProxyTableDto> {
    const unit = await this.dataSource.manager.findOneBy(AdministrativeUnit, { code: unitCode });
    if (!unit) throw notFound('Unit');
    if (!scopesOverlap(unit.path, user.scopePath)) throw outOfScope('unit');
    const { source, stored, table } = await this.effective.forPath(unit.path);
    return { unitCode, source, stored: stored ? toProxyTableVersionDto(stored) : null, table };
  }

  private async version(id: string): Promise<ProxyTableVersionDto> {
    const [row]: ProxyTableVersionRow[] = await this.dataSource.query(`SELECT ${VERSION_COLUMNS} FROM ${VERSION_FROM} WHERE t.id = $1`, [id]);
    if (!row) throw notFound('Proxy scoring table');
    return toProxyTableVersionDto(row);
  }

  /** The national root or a province: B1 tables are set for a region, not a commune. */
  private async scope(code: string): Promise<AdministrativeUnit> {
    const unit = await this.dataSource.manager.findOneBy(AdministrativeUnit, { code });
    if (!unit || (unit.type !== 'country' && unit.type !== 'province')) throw invalid('scopeCode', 'phải là VN (toàn quốc) hoặc mã một tỉnh');
    return unit;
  }
}
