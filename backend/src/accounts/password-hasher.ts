import { Injectable } from '@nestjs/common';
import { passwordProblem } from '@ntm/shared';
import * as argon2 from 'argon2';
import { invalid } from '../common/errors/domain-error';

/** argon2id with the library's defaults (OWASP-recommended memory cost). */
@Injectable()
export class PasswordHasher {
  /** Verifying against this when a username is unknown keeps the timing of both failures alike. */
  private readonly decoy = argon2.hash('decoy-password-never-used');

  async hash(password: string, field = 'password'): Promise<string> {
    const problem = passwordProblem(password);
    if (problem) throw invalid(field, problem);
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    if (!hash) {
      await argon2.verify(await this.decoy, password);
      return false;
    }
    return argon2.verify(hash, password);
  }
}
