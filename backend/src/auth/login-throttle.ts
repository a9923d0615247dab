import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Account } from '../accounts/entities/account.entity';
import { DomainError } from '../common/errors/domain-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/**
 * Locks an account for LOGIN_LOCK_SECONDS after LOGIN_MAX_FAILURES consecutive wrong passwords.
 * Kept in the database, not in memory, so it holds across restarts and several app instances.
 * While locked even the right password is refused, or guessing could continue unnoticed.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    @InjectRepository(Account) private readonly accounts: Repository<Account>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  assertNotLocked(account: Account): void {
    if (account.lockedUntil && account.lockedUntil.getTime() > Date.now()) {
      const seconds = Math.ceil((account.lockedUntil.getTime() - Date.now()) / 1000);
      throw new DomainError('TOO_MANY_ATTEMPTS', `Too many failed logins; try again in ${seconds} s`, [
        { field: 'username', reason: `locked for ${seconds} more seconds` },
      ]);
    }
  }

  async recordFailure(accountId: string): Promise<void> {
    // A lock that has run out starts a fresh count, so one more mistake does not re-lock at once.
    await this.accounts.query(
      `UPDATE account SET
         failed_login_count = CASE WHEN locked_until IS NOT NULL AND locked_until <= now() THEN 1 ELSE failed_login_count + 1 END,
         locked_until = CASE
           WHEN locked_until IS NOT NULL AND locked_until <= now() THEN NULL
           WHEN failed_login_count + 1 >= $2 THEN now() + make_interval(secs => $3)
           ELSE locked_until END
       WHERE id = $1`,
      [accountId, this.config.loginMaxFailures, this.config.loginLockSeconds],
    );
  }

  async recordSuccess(accountId: string): Promise<void> {
    await this.accounts.query(
      `UPDATE account SET failed_login_count = 0, locked_until = NULL, last_login_at = now() WHERE id = $1`,
      [accountId],
    );
  }
}
