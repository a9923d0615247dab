import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CriteriaSet, CriteriaSetDetail, CriteriaSetSummary, RecomputeCriteriaResult } from '@ntm/shared';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { ProvinceQueryDto, SetsQueryDto } from './dto/criteria-query.dto';
import { RecomputeCriteriaDto, SetThresholdDto } from './dto/criteria-write.dto';
import { OwnSetDto } from './dto/own-set.dto';
import { CriteriaRecomputeService } from './recompute/criteria-recompute.service';
import { CriteriaOwnSetsService } from './sets/criteria-own-sets.service';
import { CriteriaSetsService } from './sets/criteria-sets.service';
import { CriteriaThresholdsService } from './sets/criteria-thresholds.service';

export const CRITERIA_READERS = ['admin', 'steering', 'front'] as const;

@ApiTags('criteria')
@ApiBearerAuth()
@Controller('criteria')
export class CriteriaSettingsController {
  constructor(
    private readonly sets: CriteriaSetsService,
    private readonly thresholds: CriteriaThresholdsService,
    private readonly ownSets: CriteriaOwnSetsService,
    private readonly recomputer: CriteriaRecomputeService,
  ) {}

  @Get('sets')
  @Roles(...CRITERIA_READERS)
  @ApiOperation({ summary: "The criteria sets of the caller's province (national and its own)" })
  list(@CurrentUser() user: AuthUser, @Query() query: SetsQueryDto): Promise<CriteriaSetSummary[]> {
    return this.sets.list(user, query);
  }

  @Get('sets/:id')
  @Roles(...CRITERIA_READERS)
  @ApiOperation({ summary: 'A set with its national thresholds and the province column beside them' })
  detail(@CurrentUser() user: AuthUser, @Param('id') id: string, @Query() query: ProvinceQueryDto): Promise<CriteriaSetDetail> {
    return this.sets.detail(user, id, query.province);
  }

  @Put('thresholds')
  @Roles('admin')
  @ApiOperation({ summary: "Set (or remove, value null) a province's threshold; audited; recomputes the province" })
  setThreshold(@CurrentUser() user: AuthUser, @Body() body: SetThresholdDto): Promise<CriteriaSetDetail> {
    return this.thresholds.set(user, body);
  }

  @Get('own-sets')
  @Roles(...CRITERIA_READERS)
  @ApiOperation({ summary: "The province's own sets (latest versions)" })
  listOwnSets(@CurrentUser() user: AuthUser, @Query() query: ProvinceQueryDto): Promise<CriteriaSet[]> {
    return this.ownSets.list(user, query.province);
  }

  @Post('own-sets')
  @Roles('admin')
  @ApiOperation({ summary: "Save a province's own set as a new version (validated, audited, evaluated)" })
  saveOwnSet(@CurrentUser() user: AuthUser, @Body() body: OwnSetDto): Promise<CriteriaSetSummary> {
    return this.ownSets.save(user, body);
  }

  @Post('recompute')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Recompute the evaluations of a province or a commune (closed years are skipped)' })
  recompute(@CurrentUser() user: AuthUser, @Body() body: RecomputeCriteriaDto): Promise<RecomputeCriteriaResult> {
    return this.recomputer.recompute(user, body);
  }
}
