import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CriteriaDashboard, IndicatorTrace, UnitCriteriaPage } from '@ntm/shared';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { CRITERIA_READERS } from './criteria-settings.controller';
import { TraceQueryDto, UnitSetYearQueryDto } from './dto/criteria-query.dto';
import { CriteriaExporter } from './exports/criteria-export.service';
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
    private readonly exporter: CriteriaExporter,
  ) {}

  @Get('units/:code/export')
  @Roles(...CRITERIA_READERS)
  @ApiOperation({ summary: "A commune's criteria table as xlsx (criterion, indicator, value, threshold, state, source)" })
  exportUnit(@CurrentUser() user: AuthUser, @Param('code') code: string, @Query() query: UnitSetYearQueryDto, @Res() res: Response): Promise<void> {
    return this.exporter.communeTable(user, code, query, res);
  }

  @Get('dashboard/export')
  @Roles(...CRITERIA_READERS)
  @ApiOperation({ summary: 'The province summary as xlsx: communes × criteria, targets, per-criterion counts (streamed)' })
  exportDashboard(@CurrentUser() user: AuthUser, @Query() query: UnitSetYearQueryDto, @Res() res: Response): Promise<void> {
    return this.exporter.provinceSummary(user, query, res);
  }

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
