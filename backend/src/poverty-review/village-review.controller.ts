import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuditEntryDto, ListedHouseholdDto, Page, PostedListRow, VillageReviewDto } from '@ntm/shared';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { ReasonDto } from '../common/dto/reason.dto';
import { PageQueryDto } from '../common/pagination/page-query.dto';
import { UuidParam } from '../common/pipes/uuid-param.pipe';
import { AddListedHouseholdDto } from './dto/review-list.dto';
import { PostedListQueryDto } from './dto/review-query.dto';
import { ReviewListService } from './review-list.service';
import { ReviewListsService } from './review-lists.service';
import { ReviewReader } from './review-reader.service';
import { REVIEW_READERS, REVIEW_RECORDERS } from './review-roles';

@ApiTags('poverty review')
@ApiBearerAuth()
@Controller('campaigns/:campaignId/review/villages/:villageCode')
export class VillageReviewController {
  constructor(
    private readonly reader: ReviewReader,
    private readonly list: ReviewListService,
    private readonly lists: ReviewListsService,
  ) {}

  @Get()
  @Roles(...REVIEW_READERS)
  @ApiOperation({ summary: "The village's stage, progress, meetings, posting, complaints and district opinion" })
  get(@CurrentUser() user: AuthUser, @UuidParam('campaignId') campaignId: string, @Param('villageCode') villageCode: string): Promise<VillageReviewDto> {
    return this.reader.villageOf(user, campaignId, villageCode);
  }

  @Get('audit')
  @Roles(...REVIEW_READERS)
  history(@CurrentUser() user: AuthUser, @UuidParam('campaignId') campaignId: string, @Param('villageCode') villageCode: string): Promise<AuditEntryDto[]> {
    return this.reader.history(user, campaignId, villageCode);
  }

  @Get('households')
  @Roles(...REVIEW_READERS)
  households(@CurrentUser() user: AuthUser, @UuidParam('campaignId') campaignId: string, @Param('villageCode') villageCode: string, @Query() query: PageQueryDto): Promise<Page<ListedHouseholdDto>> {
    return this.list.list(user, campaignId, villageCode, query);
  }

  @Post('households')
  @Roles(...REVIEW_RECORDERS)
  @ApiOperation({ summary: 'Add a household of the village to the list (it asked, or was flagged)' })
  add(@CurrentUser() user: AuthUser, @UuidParam('campaignId') campaignId: string, @Param('villageCode') villageCode: string, @Body() body: AddListedHouseholdDto): Promise<ListedHouseholdDto> {
    return this.list.add(user, campaignId, villageCode, body);
  }

  @Delete('households/:householdId')
  @Roles(...REVIEW_RECORDERS)
  @HttpCode(204)
  @ApiOperation({ summary: 'Take a household off the list (reason required, audited)' })
  remove(
    @CurrentUser() user: AuthUser,
    @UuidParam('campaignId') campaignId: string,
    @Param('villageCode') villageCode: string,
    @UuidParam('householdId') householdId: string,
    @Body() body: ReasonDto,
  ): Promise<void> {
    return this.list.remove(user, campaignId, villageCode, householdId, body.reason);
  }

  @Get('posted-lists')
  @Roles(...REVIEW_READERS)
  posted(@CurrentUser() user: AuthUser, @UuidParam('campaignId') campaignId: string, @Param('villageCode') villageCode: string, @Query() query: PostedListQueryDto): Promise<Page<PostedListRow>> {
    return this.lists.postedPage(user, campaignId, villageCode, query);
  }

  @Get('posted-lists/xlsx')
  @Roles(...REVIEW_READERS)
  @ApiOperation({ summary: 'Download the posted lists (poor, near-poor), one sheet each (streamed, audited)' })
  postedXlsx(@CurrentUser() user: AuthUser, @UuidParam('campaignId') campaignId: string, @Param('villageCode') villageCode: string, @Res() res: Response): Promise<void> {
    return this.lists.postedXlsx(user, campaignId, villageCode, res);
  }
}
