import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ClosedYearDto, TargetDto } from '@ntm/shared';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { UuidParam } from '../common/pipes/uuid-param.pipe';
import { CRITERIA_READERS } from './criteria-settings.controller';
import { CloseYearDto } from './dto/criteria-write.dto';
import { TargetDto as TargetBody, TargetsQueryDto } from './dto/target.dto';
import { ClosedYearsService } from './targets/closed-years.service';
import { TargetsService } from './targets/targets.service';

@ApiTags('criteria')
@ApiBearerAuth()
@Controller('criteria')
export class CriteriaTargetsController {
  constructor(
    private readonly targets: TargetsService,
    private readonly years: ClosedYearsService,
  ) {}

  @Get('targets')
  @Roles(...CRITERIA_READERS)
  @ApiOperation({ summary: "A unit's targets with the actual per year" })
  list(@CurrentUser() user: AuthUser, @Query() query: TargetsQueryDto): Promise<TargetDto[]> {
    return this.targets.list(user, query);
  }

  @Post('targets')
  @Roles('admin')
  @ApiOperation({ summary: 'Add a target (audited)' })
  create(@CurrentUser() user: AuthUser, @Body() body: TargetBody): Promise<TargetDto> {
    return this.targets.create(user, body);
  }

  @Put('targets/:id')
  @Roles('admin')
  @ApiOperation({ summary: 'Change a target (audited)' })
  update(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @Body() body: TargetBody): Promise<TargetDto> {
    return this.targets.update(user, id, body);
  }

  @Delete('targets/:id')
  @Roles('admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a target (audited)' })
  remove(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<void> {
    return this.targets.remove(user, id);
  }

  @Post('years/close')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: "Close a province's year: its evaluations are frozen (audited)" })
  close(@CurrentUser() user: AuthUser, @Body() body: CloseYearDto): Promise<ClosedYearDto> {
    return this.years.close(user, body);
  }

  @Post('years/reopen')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reopen a closed year with a reason (audited); recomputes it' })
  reopen(@CurrentUser() user: AuthUser, @Body() body: CloseYearDto): Promise<ClosedYearDto> {
    return this.years.reopen(user, body);
  }
}
