import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { UserSummary } from '@ntm/shared';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/auth.decorators';
import { AccountsService } from './accounts.service';
import { ChangePasswordDto } from './dto/account.dto';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  @ApiOperation({ summary: 'The logged-in account' })
  me(@CurrentUser() user: AuthUser): Promise<UserSummary> {
    return this.accounts.summaryOf(user.id);
  }

  @Post('password')
  @HttpCode(204)
  changePassword(@CurrentUser() user: AuthUser, @Body() body: ChangePasswordDto): Promise<void> {
    return this.accounts.changeOwnPassword(user, body.currentPassword, body.newPassword);
  }
}
