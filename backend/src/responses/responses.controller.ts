import { Body, Controller, Get, HttpCode, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuditEntryDto, MyResponsesDto, Page, ResponseDto, ResponseSummary } from '@ntm/shared';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { ReasonDto } from '../common/dto/reason.dto';
import { UuidParam } from '../common/pipes/uuid-param.pipe';
import { ExportQueryDto, MyResponsesQueryDto, ResponseQueryDto, ReturnDto, ReviewDto, SaveResponseDto } from './dto/response.dto';
import { ResponseExporter } from './response-export.service';
import { ResponseReader } from './response-reader.service';
import { ResponseReview } from './response-review.service';
import { ResponseWriter } from './response-writer.service';

@ApiTags('responses')
@ApiBearerAuth()
@Controller()
export class ResponsesController {
  constructor(
    private readonly writer: ResponseWriter,
    private readonly reader: ResponseReader,
    private readonly review: ResponseReview,
    private readonly exporter: ResponseExporter,
  ) {}

  @Put('campaigns/:campaignId/responses/:responseId')
  @Roles('admin', 'supervisor', 'front', 'enumerator')
  @ApiOperation({ summary: 'Create or update a response by its client-made UUID (idempotent; 201 when created)' })
  async save(
    @CurrentUser() user: AuthUser,
    @UuidParam('campaignId') campaignId: string,
    @UuidParam('responseId') responseId: string,
    @Body() body: SaveResponseDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ResponseDto> {
    const { response, created } = await this.writer.save(user, campaignId, responseId, body);
    res.status(created ? 201 : 200);
    return response;
  }

  @Get('campaigns/:campaignId/responses/:responseId')
  get(@CurrentUser() user: AuthUser, @UuidParam('campaignId') campaignId: string, @UuidParam('responseId') responseId: string): Promise<ResponseDto> {
    return this.reader.get(user, campaignId, responseId);
  }

  @Get('campaigns/:campaignId/responses/:responseId/audit')
  history(@CurrentUser() user: AuthUser, @UuidParam('campaignId') campaignId: string, @UuidParam('responseId') responseId: string): Promise<AuditEntryDto[]> {
    return this.reader.history(user, campaignId, responseId);
  }

  @Post('campaigns/:campaignId/responses/:responseId/approve')
  @Roles('admin', 'supervisor')
  @HttpCode(200)
  approve(@CurrentUser() user: AuthUser, @UuidParam('campaignId') campaignId: string, @UuidParam('responseId') responseId: string, @Body() body: ReviewDto): Promise<ResponseDto> {
    return this.review.act(user, campaignId, responseId, 'approve', body.comment);
  }

  @Post('campaigns/:campaignId/responses/:responseId/return')
  @Roles('admin', 'supervisor')
  @HttpCode(200)
  returnToEnumerator(@CurrentUser() user: AuthUser, @UuidParam('campaignId') campaignId: string, @UuidParam('responseId') responseId: string, @Body() body: ReturnDto): Promise<ResponseDto> {
    return this.review.act(user, campaignId, responseId, 'return', body.comment);
  }

  @Post('campaigns/:campaignId/responses/:responseId/reopen')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reopen an approved response for correction (reason required)' })
  reopen(@CurrentUser() user: AuthUser, @UuidParam('campaignId') campaignId: string, @UuidParam('responseId') responseId: string, @Body() body: ReasonDto): Promise<ResponseDto> {
    return this.review.act(user, campaignId, responseId, 'reopen', body.reason);
  }

  @Get('responses')
  @ApiOperation({ summary: 'Responses in scope, filtered; status may list several, comma-separated' })
  list(@CurrentUser() user: AuthUser, @Query() query: ResponseQueryDto): Promise<Page<ResponseSummary>> {
    return this.reader.list(user, query);
  }

  @Get('me/responses')
  @ApiOperation({ summary: "The caller's responses changed since a time, with answers (returns and approvals reach the device)" })
  mine(@CurrentUser() user: AuthUser, @Query() query: MyResponsesQueryDto): Promise<MyResponsesDto> {
    return this.reader.mineChangedSince(user, query);
  }

  @Get('responses/export')
  @Roles('admin', 'supervisor', 'steering', 'front')
  @ApiOperation({ summary: "Download a campaign's responses as CSV or xlsx (streamed)" })
  export(@CurrentUser() user: AuthUser, @Query() query: ExportQueryDto, @Res() res: Response): Promise<void> {
    return this.exporter.export(user, query, res);
  }
}
