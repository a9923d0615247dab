import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommuneReviewDto, GenerateListResult, Page, RecognitionDto, RecognitionListRow } from '@ntm/shared';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { UuidParam } from '../common/pipes/uuid-param.pipe';
import { RecogniseDto } from './dto/recognition.dto';
import { GenerateListDto } from './dto/review-list.dto';
import { RecognitionListQueryDto } from './dto/review-query.dto';
import { ReviewListService } from './review-list.service';
import { ReviewListsService } from './review-lists.service';
import { ReviewReader } from './review-reader.service';
import { ReviewRecognitionService } from './review-recognition.service';
import { REVIEW_READERS, REVIEW_RECORDERS } from './review-roles';

@ApiTags('poverty review')
@ApiBearerAuth()
@Controller('campaigns/:campaignId/review/communes/:communeCode')
export class CommuneReviewController {
  constructor(
    private readonly reader: ReviewReader,
    private readonly list: ReviewListService,
    private readonly recognition: ReviewRecognitionService,
    private readonly lists: ReviewListsService,
  ) {}

  @Get()
  @Roles(...REVIEW_READERS)
  @ApiOperation({ summary: "The commune's villages with their stage and progress, its settings and its recognition" })
  get(@CurrentUser() user: AuthUser, @UuidParam('campaignId') campaignId: string, @Param('communeCode') communeCode: string): Promise<CommuneReviewDto> {
    return this.reader.commune(user, campaignId, communeCode);
  }

  @Post('list')
  @Roles(...REVIEW_RECORDERS)
  @HttpCode(200)
  @ApiOperation({ summary: "Draw up the villages' review lists from last year's lists or the whole registry (adds only)" })
  generate(@CurrentUser() user: AuthUser, @UuidParam('campaignId') campaignId: string, @Param('communeCode') communeCode: string, @Body() body: GenerateListDto): Promise<GenerateListResult> {
    return this.list.generate(user, campaignId, communeCode, body);
  }

  @Post('recognition')
  @Roles('admin')
  @ApiOperation({ summary: "Record the commune's recognition decision once every village is ready (409 naming what is missing)" })
  recognise(@CurrentUser() user: AuthUser, @UuidParam('campaignId') campaignId: string, @Param('communeCode') communeCode: string, @Body() body: RecogniseDto): Promise<RecognitionDto> {
    return this.recognition.recognise(user, campaignId, communeCode, body);
  }

  @Get('recognition-lists')
  @Roles(...REVIEW_READERS)
  recognitionList(
    @CurrentUser() user: AuthUser,
    @UuidParam('campaignId') campaignId: string,
    @Param('communeCode') communeCode: string,
    @Query() query: RecognitionListQueryDto,
  ): Promise<Page<RecognitionListRow>> {
    return this.lists.recognitionPage(user, campaignId, communeCode, query);
  }

  @Get('recognition-lists/xlsx')
  @Roles(...REVIEW_READERS)
  @ApiOperation({ summary: 'Download the recognition lists, one sheet per list (streamed, audited)' })
  recognitionXlsx(@CurrentUser() user: AuthUser, @UuidParam('campaignId') campaignId: string, @Param('communeCode') communeCode: string, @Res() res: Response): Promise<void> {
    return this.lists.recognitionXlsx(user, campaignId, communeCode, res);
  }
}
