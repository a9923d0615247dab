import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CampaignDto, PollDetail, PollFormOption, PollResults, PollRules, PollVillageDto, VillageProposals } from '@ntm/shared';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { UuidParam } from '../common/pipes/uuid-param.pipe';
import { CreatePollDto, PollReportQueryDto, PollTransitionDto, SetHouseholdsDto } from './dto/poll.dto';
import { PollRulesDto, toPollRules } from './dto/poll-rules.dto';
import { PollReportService } from './poll-report.service';
import { PollResultsService } from './poll-results.service';
import { PollRulesService } from './poll-rules.service';
import { PollsService } from './polls.service';

@ApiTags('polls')
@ApiBearerAuth()
@Controller('polls')
export class PollsController {
  constructor(
    private readonly polls: PollsService,
    private readonly rules: PollRulesService,
    private readonly results: PollResultsService,
    private readonly reports: PollReportService,
  ) {}

  @Post()
  @Roles('admin', 'front')
  @ApiOperation({ summary: 'Create a satisfaction poll (closing date from its working-day window when not given)' })
  create(@CurrentUser() user: AuthUser, @Body() body: CreatePollDto): Promise<PollDetail> {
    return this.polls.create(user, body);
  }

  @Get('forms')
  @Roles('admin', 'front')
  @ApiOperation({ summary: 'The latest published version of each standard poll questionnaire' })
  forms(): Promise<PollFormOption[]> {
    return this.polls.forms();
  }

  @Get(':id')
  @Roles('admin', 'steering', 'front')
  detail(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<PollDetail> {
    return this.polls.detail(user, id);
  }

  @Post(':id/transition')
  @Roles('admin', 'front')
  @HttpCode(200)
  @ApiOperation({ summary: 'open / close / finalise (freezes the results) / unfinalise (reason)' })
  transition(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @Body() body: PollTransitionDto): Promise<CampaignDto> {
    return this.polls.transition(user, id, body.action, body.reason);
  }

  @Put(':id/rules')
  @Roles('admin', 'front')
  updateRules(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @Body() body: PollRulesDto): Promise<PollRules> {
    return this.rules.update(user, id, toPollRules(body));
  }

  @Put(':id/villages/:villageCode/households')
  @Roles('admin', 'front')
  @ApiOperation({ summary: 'Households of a village the registry does not cover, with their source' })
  setHouseholds(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @Param('villageCode') villageCode: string, @Body() body: SetHouseholdsDto): Promise<PollVillageDto> {
    return this.polls.setHouseholds(user, id, villageCode, body);
  }

  @Get(':id/results')
  @Roles('admin', 'steering', 'front')
  resultsOf(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<PollResults> {
    return this.results.results(user, id);
  }

  @Get(':id/proposals')
  @Roles('admin', 'steering', 'front')
  proposals(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<VillageProposals[]> {
    return this.results.proposals(user, id);
  }

  @Get(':id/report')
  @Roles('admin', 'steering', 'front')
  @ApiOperation({ summary: 'Village result sheet or commune report, xlsx or print-ready HTML' })
  report(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @Query() query: PollReportQueryDto, @Res() res: Response): Promise<void> {
    return this.reports.send(user, id, query, res);
  }
}
