import { Injectable } from '@nestjs/common';
import { passwordProblem } from '@ntm/shared';
import * as argon2 from 'argon2';
import { invalid } from '../common/errors/domain-error';

/** OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): strong enough for passwords of 8+
 * characters behind an account lock, and cheap enough that a morning rush of enumerators logging
 * in on a 2-core server is not queued behind hashing. Stored hashes carry their own parameters. */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  /** Verifying against this when a username is unknown keeps the timing of both failures alike. */
  private readonly decoy = argon2.hash('decoy-password-never-used', ARGON2_OPTIONS);

  async hash(password: string, field = 'password'): Promise<string> {
    const problem = passwordProblem(password);
    if (problem) throw invalid(field, problem);
    return argon2.hash(password, ARGON2_OPTIONS);
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    if (!hash) {
      await argon2.verify(await this.decoy, password);
      return false;
    }
    return argon2.verify(hash, password);
  }
}
