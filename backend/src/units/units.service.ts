import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  ancestorCodes,
  canBeChildOf,
  childPath,
  defaultUnitAttributes,
  foldDiacritics,
  isWithinScope,
  type Page,
  provinceCodeOfPath,
  type UnitDto,
  type UnitType,
  type UnitWithAncestors,
} from '@ntm/shared';
import { In, Repository, type SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { conflict, invalid, notFound, outOfScope } from '../common/errors/domain-error';
import { type PageWindow, pageWindow } from '../common/pagination/page-query.dto';
import { escapeLike, subtreePattern } from '../common/sql/escape-like';
import type { CreateUnitDto, SearchUnitsQueryDto, UpdateUnitDto } from './dto/unit.dto';
import { AdministrativeUnit } from './entities/administrative-unit.entity';
import { toUnitDto, type UnitRow } from './units.mapper';

@Injectable()
export class UnitsService {
  constructor(@InjectRepository(AdministrativeUnit) private readonly units: Repository<AdministrativeUnit>) {}

  /** The unit, if the caller may see it: 404 when it does not exist, 403 when outside scope. */
  async requireInScope(code: string, user: AuthUser, field?: string): Promise<AdministrativeUnit> {
    const unit = await this.units.findOneBy({ code });
    if (!unit) throw field ? invalid(field, `unknown unit "${code}"`) : notFound('Unit');
    if (!isWithinScope(unit.path, user.scopePath)) throw outOfScope(field);
    return unit;
  }

  /** A village the caller may see: 400 when unknown or not a village, 403 when outside scope. */
  async requireVillageInScope(code: string, user: AuthUser, field: string): Promise<AdministrativeUnit> {
    const unit = await this.units.findOneBy({ code });
    if (!unit) throw invalid(field, `Không có thôn mã "${code}"`);
    if (!isWithinScope(unit.path, user.scopePath)) throw outOfScope(field);
    if (unit.type !== 'village') throw invalid(field, `"${code}" không phải là mã của một thôn`);
    return unit;
  }

  async findOne(code: string, user: AuthUser): Promise<UnitWithAncestors> {
    const unit = await this.requireInScope(code, user);
    const ancestors = await this.units.find({
      where: { code: In(ancestorCodes(unit.path)) },
      select: { code: true, name: true, type: true, depth: true },
      order: { depth: 'ASC' },
    });
    const [withCount] = await this.withChildCounts([unit]);
    return { ...toUnitDto(withCount!), ancestors: ancestors.map(({ code: c, name, type }) => ({ code: c, name, type })) };
  }

  async children(code: string, user: AuthUser, query: SearchUnitsQueryDto): Promise<Page<UnitDto>> {
    await this.requireInScope(code, user);
    const qb = this.units.createQueryBuilder('u').where('u.parent_code = :code', { code });
    return this.page(this.filtered(qb, query), pageWindow(query), ['u.code']);
  }

  /** Every unit below `code` (optionally of one type): the subtree, by the indexed path prefix. */
  async descendants(code: string, user: AuthUser, query: SearchUnitsQueryDto): Promise<Page<UnitDto>> {
    const root = await this.requireInScope(code, user);
    const qb = this.units.createQueryBuilder('u').where('u.path LIKE :prefix AND u.code <> :code', { prefix: subtreePattern(root.path), code });
    return this.page(this.filtered(qb, query), pageWindow(query), ['u.path']);
  }

  async search(user: AuthUser, query: SearchUnitsQueryDto): Promise<Page<UnitDto>> {
    const qb = this.units.createQueryBuilder('u').where('u.path LIKE :scope', { scope: subtreePattern(user.scopePath) });
    return this.page(this.filtered(qb, query), pageWindow(query), ['u.depth', 'u.search_name']);
  }

  async create(user: AuthUser, dto: CreateUnitDto): Promise<UnitDto> {
    const parent = await this.requireInScope(dto.parentCode, user, 'parentCode');
    if (!canBeChildOf(dto.type, parent.type)) throw invalid('type', `a ${dto.type} cannot be placed under a ${parent.type}`);
    const path = childPath(parent.path, dto.code);
    const defaults = defaultUnitAttributes(dto.type, provinceCodeOfPath(path), parent);
    const result = await this.units
      .createQueryBuilder()
      .insert()
      .values({
        ...defaults,
        ...dto,
        fullName: dto.fullName ?? dto.name,
        path,
        depth: parent.depth + 1,
        searchName: foldDiacritics(dto.name),
      })
      .orIgnore()
      .execute();
    if (!result.raw.length) throw conflict('This code is taken', [{ field: 'code', reason: 'is already used by another unit' }]);
    return this.findOne(dto.code, user);
  }

  async update(code: string, user: AuthUser, dto: UpdateUnitDto): Promise<UnitDto> {
    await this.requireInScope(code, user);
    if (dto.successorCode) await this.requireInScope(dto.successorCode, user, 'successorCode');
    const searchName = dto.name ? { searchName: foldDiacritics(dto.name) } : {};
    if (Object.keys(dto).length > 0) await this.units.update({ code }, { ...dto, ...searchName });
    return this.findOne(code, user);
  }

  private filtered(qb: SelectQueryBuilder<AdministrativeUnit>, query: SearchUnitsQueryDto): SelectQueryBuilder<AdministrativeUnit> {
    if (query.type) qb.andWhere('u.type = :type', { type: query.type satisfies UnitType });
    const text = query.q ? foldDiacritics(query.q) : '';
    if (text) qb.andWhere('(u.search_name LIKE :contains OR u.code LIKE :prefix)', { contains: `%${escapeLike(text)}%`, prefix: `${escapeLike(query.q!.trim())}%` });
    return qb;
  }

  private async page(qb: SelectQueryBuilder<AdministrativeUnit>, window: PageWindow, orderBy: string[]): Promise<Page<UnitDto>> {
    const ordered = qb.clone();
    orderBy.forEach((column) => ordered.addOrderBy(column));
    const [total, units] = await Promise.all([qb.getCount(), ordered.offset(window.offset).limit(window.pageSize).getMany()]);
    const rows = await this.withChildCounts(units);
    return { items: rows.map(toUnitDto), total, page: window.page, pageSize: window.pageSize };
  }

  /** One GROUP BY for the whole page, rather than a sub-select per row. */
  private async withChildCounts(units: AdministrativeUnit[]): Promise<UnitRow[]> {
    if (units.length === 0) return [];
    const counts: { code: string; n: number }[] = await this.units.query(
      `SELECT parent_code AS code, count(*)::int AS n FROM administrative_unit WHERE parent_code = ANY($1) GROUP BY parent_code`,
      [units.map((u) => u.code)],
    );
    const byCode = new Map(counts.map((c) => [c.code, c.n]));
    return units.map((unit) => ({ ...unit, childCount: byCode.get(unit.code) ?? 0 }));
  }
}

