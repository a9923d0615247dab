import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AccountDto, Page, UserSummary } from '@ntm/shared';
import { Repository } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { RefreshToken } from '../auth/entities/refresh-token.entity';
import { conflict, DomainError, notFound } from '../common/errors/domain-error';
import { pageWindow } from '../common/pagination/page-query.dto';
import { escapeLike, subtreePattern } from '../common/sql/escape-like';
import { UnitsService } from '../units/units.service';
import { toAccountDto, toUserSummary } from './accounts.mapper';
import type { CreateAccountDto, ListAccountsQueryDto, UpdateAccountDto } from './dto/account.dto';
import { Account } from './entities/account.entity';
import { PasswordHasher } from './password-hasher';

@Injectable()
export class AccountsService {
  constructor(
    @InjectRepository(Account) private readonly accounts: Repository<Account>,
    @InjectRepository(RefreshToken) private readonly tokens: Repository<RefreshToken>,
    private readonly units: UnitsService,
    private readonly hasher: PasswordHasher,
  ) {}

  findByUsername(username: string): Promise<Account | null> {
    return this.accounts.findOne({ where: { username: username.trim().toLowerCase() }, relations: { unit: true } });
  }

  findEnabledById(id: string): Promise<Account | null> {
    return this.accounts.findOne({ where: { id, disabled: false }, relations: { unit: true } });
  }

  async findActiveAuthUser(id: string): Promise<AuthUser | null> {
    const rows: AuthUser[] = await this.accounts.query(
      `SELECT a.id, a.username, a.full_name AS "fullName", a.role, a.unit_code AS "unitCode", u.path AS "scopePath"
         FROM account a JOIN administrative_unit u ON u.code = a.unit_code
        WHERE a.id = $1 AND NOT a.disabled`,
      [id],
    );
    return rows[0] ?? null;
  }

  async summaryOf(id: string): Promise<UserSummary> {
    return toUserSummary(await this.loadWithUnit(id));
  }

  async listInScope(user: AuthUser, query: ListAccountsQueryDto): Promise<Page<AccountDto>> {
    const { page, pageSize, offset } = pageWindow(query);
    const qb = this.accounts
      .createQueryBuilder('a')
      .innerJoinAndSelect('a.unit', 'unit')
      .where('unit.path LIKE :scope', { scope: subtreePattern(user.scopePath) })
      .orderBy('a.username', 'ASC')
      .skip(offset)
      .take(pageSize);
    if (query.q) qb.andWhere('(a.username ILIKE :q OR a.full_name ILIKE :q)', { q: `%${escapeLike(query.q)}%` });
    const [rows, total] = await qb.getManyAndCount();
    return { items: rows.map(toAccountDto), total, page, pageSize };
  }

  async create(user: AuthUser, dto: CreateAccountDto): Promise<AccountDto> {
    await this.units.requireInScope(dto.unitCode, user, 'unitCode');
    const passwordHash = await this.hasher.hash(dto.password);
    const inserted = await this.accounts
      .createQueryBuilder()
      .insert()
      .values({ username: dto.username, fullName: dto.fullName, role: dto.role, unitCode: dto.unitCode, passwordHash })
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = inserted.raw[0]?.id as string | undefined;
    if (!id) throw conflict('This username is taken', [{ field: 'username', reason: 'is already taken' }]);
    return toAccountDto(await this.loadWithUnit(id));
  }

  async update(user: AuthUser, id: string, dto: UpdateAccountDto): Promise<AccountDto> {
    const account = await this.requireManageable(user, id);
    if (id === user.id && (dto.disabled || (dto.role && dto.role !== account.role) || (dto.unitCode && dto.unitCode !== account.unitCode))) {
      throw conflict('You cannot disable, re-role or re-scope your own account');
    }
    if (dto.unitCode) await this.units.requireInScope(dto.unitCode, user, 'unitCode');
    await this.accounts.update({ id }, dto);
    if (dto.disabled) await this.revokeTokens(id);
    return toAccountDto(await this.loadWithUnit(id));
  }

  async resetPassword(user: AuthUser, id: string, newPassword: string): Promise<void> {
    await this.requireManageable(user, id);
    const passwordHash = await this.hasher.hash(newPassword, 'newPassword');
    await this.accounts.update({ id }, { passwordHash, failedLoginCount: 0, lockedUntil: null });
    await this.revokeTokens(id);
  }

  async changeOwnPassword(user: AuthUser, currentPassword: string, newPassword: string): Promise<void> {
    const account = await this.loadWithUnit(user.id);
    if (!(await this.hasher.verify(account.passwordHash, currentPassword))) {
      throw new DomainError('VALIDATION_FAILED', 'The current password is wrong', [
        { field: 'currentPassword', reason: 'is wrong' },
      ]);
    }
    const passwordHash = await this.hasher.hash(newPassword, 'newPassword');
    await this.accounts.update({ id: user.id }, { passwordHash });
  }

  private async requireManageable(user: AuthUser, id: string): Promise<Account> {
    const account = await this.accounts.findOne({ where: { id }, relations: { unit: true } });
    if (!account?.unit) throw notFound('Account');
    if (!account.unit.path.startsWith(user.scopePath)) throw new DomainError('NOT_FOUND', 'Account not found');
    return account;
  }

  private async loadWithUnit(id: string): Promise<Account> {
    const account = await this.accounts.findOne({ where: { id }, relations: { unit: true } });
    if (!account) throw notFound('Account');
    return account;
  }

  private async revokeTokens(accountId: string): Promise<void> {
    await this.tokens
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where('account_id = :accountId AND revoked_at IS NULL', { accountId })
      .execute();
  }
}
