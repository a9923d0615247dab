import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import type { LoginRequest, LoginResponse } from '@ntm/shared';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { toUserSummary } from '../accounts/accounts.mapper';
import { AccountsService } from '../accounts/accounts.service';
import type { Account } from '../accounts/entities/account.entity';
import { PasswordHasher } from '../accounts/password-hasher';
import { DomainError } from '../common/errors/domain-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { AccessTokenPayload } from './auth-user';
import { RefreshToken } from './entities/refresh-token.entity';
import { LoginThrottle } from './login-throttle';
import { hashRefreshToken, newRefreshTokenValue } from './token-hash';

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(RefreshToken) private readonly tokens: Repository<RefreshToken>,
    private readonly accounts: AccountsService,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login({ username, password }: LoginRequest): Promise<LoginResponse> {
    const account = await this.accounts.findByUsername(username);
    if (account) this.throttle.assertNotLocked(account);
    const valid = await this.hasher.verify(account?.passwordHash ?? null, password);
    if (!account || !valid) {
      if (account) await this.throttle.recordFailure(account.id);
      throw new DomainError('INVALID_CREDENTIALS', 'Wrong username or password');
    }
    if (account.disabled) throw new DomainError('ACCOUNT_DISABLED', 'This account is disabled');
    await this.throttle.recordSuccess(account.id);
    return this.issue(account, randomUUID());
  }

  /** Rotation: the presented token is spent atomically; presenting a spent one revokes its family. */
  async refresh(refreshToken: string): Promise<LoginResponse> {
    const hash = hashRefreshToken(refreshToken);
    const spent = await this.tokens
      .createQueryBuilder()
      .update()
      .set({ usedAt: () => 'now()' })
      .where('token_hash = :hash AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()', { hash })
      .returning(['accountId', 'familyId'])
      .execute();
    const row = spent.raw[0] as { account_id: string; family_id: string } | undefined;
    if (!row) {
      await this.revokeFamilyOf(hash);
      throw invalidRefresh();
    }
    const account = await this.accounts.findEnabledById(row.account_id);
    if (!account) throw invalidRefresh();
    return this.issue(account, row.family_id);
  }

  async logout(refreshToken: string): Promise<void> {
    await this.revokeFamilyOf(hashRefreshToken(refreshToken));
  }

  private async revokeFamilyOf(tokenHash: string): Promise<void> {
    await this.tokens.query(
      `UPDATE refresh_token SET revoked_at = now()
        WHERE revoked_at IS NULL AND family_id = (SELECT family_id FROM refresh_token WHERE token_hash = $1)`,
      [tokenHash],
    );
  }

  private async issue(account: Account, familyId: string): Promise<LoginResponse> {
    const payload: AccessTokenPayload = { sub: account.id, role: account.role, unit: account.unitCode };
    const accessToken = await this.jwt.signAsync(payload, { expiresIn: this.config.accessTokenTtlSeconds });
    const refreshToken = newRefreshTokenValue();
    await this.tokens.insert({
      accountId: account.id,
      familyId,
      tokenHash: hashRefreshToken(refreshToken),
      expiresAt: new Date(Date.now() + this.config.refreshTokenTtlSeconds * 1000),
    });
    return { accessToken, refreshToken, expiresIn: this.config.accessTokenTtlSeconds, user: toUserSummary(account) };
  }
}

const invalidRefresh = () => new DomainError('INVALID_REFRESH_TOKEN', 'The refresh token is invalid, expired or revoked');
