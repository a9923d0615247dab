import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@ntm/shared';
import type { AuthUser } from './auth-user';

export const IS_PUBLIC = 'ntm:isPublic';
export const ROLES_KEY = 'ntm:roles';

/** Open to callers without an access token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only these roles may call the route; scope is still checked by the service. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export const CurrentUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): AuthUser => ctx.switchToHttp().getRequest<{ user: AuthUser }>().user,
);
