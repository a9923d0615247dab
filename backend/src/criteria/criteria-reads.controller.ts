import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CriteriaDashboard, IndicatorTrace, UnitCriteriaPage } from '@ntm/shared';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { CRITERIA_READERS } from './criteria-settings.controller';
import { TraceQueryDto, UnitSetYearQueryDto } from './dto/criteria-query.dto';
import { DashboardService } from './reads/dashboard.service';
import { TraceService } from './reads/trace.service';
import { UnitPageService } from './reads/unit-page.service';

@ApiTags('criteria')
@ApiBearerAuth()
@Controller('criteria')
export class CriteriaReadsController {
  constructor(
    private readonly pages: UnitPageService,
    private readonly traces: TraceService,
    private readonly dashboards: DashboardService,
  ) {}

  @Get('units/:code')
  @Roles(...CRITERIA_READERS)
  @ApiOperation({ summary: "A commune's (or village's) criteria: indicators, values, thresholds, sources, history, villages" })
  page(@CurrentUser() user: AuthUser, @Param('code') code: string, @Query() query: UnitSetYearQueryDto): Promise<UnitCriteriaPage> {
    return this.pages.page(user, code, query);
  }

  @Get('trace')
  @Roles(...CRITERIA_READERS)
  @ApiOperation({ summary: "An indicator's value traced to its campaign, villages and responses" })
  trace(@CurrentUser() user: AuthUser, @Query() query: TraceQueryDto): Promise<IndicatorTrace> {
    return this.traces.trace(user, query);
  }

  @Get('dashboard')
  @Roles(...CRITERIA_READERS)
  @ApiOperation({ summary: 'Levels, distribution, per-criterion counts, communes × criteria grid, targets, headline' })
  dashboard(@CurrentUser() user: AuthUser, @Query() query: UnitSetYearQueryDto): Promise<CriteriaDashboard> {
    return this.dashboards.dashboard(user, query);
  }
}
