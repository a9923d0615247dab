import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Role } from '@ntm/shared';
import type { Request } from 'express';
import { DomainError, forbidden } from '../common/errors/domain-error';
import { AccountsService } from '../accounts/accounts.service';
import type { AccessTokenPayload, AuthUser } from './auth-user';
import { IS_PUBLIC, ROLES_KEY } from './auth.decorators';

/** Global guard: every route needs a valid access token of an enabled account unless @Public().
 * The account is re-read on each request so disabling or re-scoping takes effect at once. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly accounts: AccountsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const user = await this.authenticate(request.headers.authorization);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(user.role)) throw forbidden();
    request.user = user;
    return true;
  }

  private async authenticate(header: string | undefined): Promise<AuthUser> {
    const token = header?.startsWith('Bearer ') ? header.slice(7) : null;
    if (!token) throw new DomainError('UNAUTHENTICATED', 'An access token is required');
    const payload = await this.jwt
      .verifyAsync<AccessTokenPayload>(token)
      .catch(() => null);
    const user = payload ? await this.accounts.findActiveAuthUser(payload.sub) : null;
    if (!user) throw new DomainError('UNAUTHENTICATED', 'The access token is invalid or expired');
    return user;
  }
}
