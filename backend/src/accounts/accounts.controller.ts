import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AccountDto, Page } from '@ntm/shared';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { uuidParam } from '../common/pipes/uuid-param.pipe';
import { AccountsService } from './accounts.service';
import { CreateAccountDto, ListAccountsQueryDto, ResetPasswordDto, UpdateAccountDto } from './dto/account.dto';

@ApiTags('accounts')
@ApiBearerAuth()
@Roles('admin')
@Controller('accounts')
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  @ApiOperation({ summary: 'Accounts bound to units inside the caller’s scope' })
  list(@CurrentUser() user: AuthUser, @Query() query: ListAccountsQueryDto): Promise<Page<AccountDto>> {
    return this.accounts.listInScope(user, query);
  }

  @Post()
  create(@CurrentUser() user: AuthUser, @Body() body: CreateAccountDto): Promise<AccountDto> {
    return this.accounts.create(user, body);
  }

  @Patch(':id')
  update(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Body() body: UpdateAccountDto): Promise<AccountDto> {
    return this.accounts.update(user, id, body);
  }

  @Post(':id/reset-password')
  @HttpCode(204)
  resetPassword(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Body() body: ResetPasswordDto): Promise<void> {
    return this.accounts.resetPassword(user, id, body.newPassword);
  }
}
