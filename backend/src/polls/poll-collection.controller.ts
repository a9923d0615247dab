import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { IssuedTokens, PollBatchDto, PollFormSaved } from '@ntm/shared';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { ReasonDto } from '../common/dto/reason.dto';
import { UuidParam } from '../common/pipes/uuid-param.pipe';
import { BatchQueryDto, CreateBatchDto, IssueTokensDto, PollAnswersDto } from './dto/poll.dto';
import { PaperFormsService } from './paper-forms.service';
import { PollBatchesService } from './poll-batches.service';
import { PollTokensService } from './poll-tokens.service';

/** Collecting forms: paper batches keyed in by Front officers, and one-time codes for devices. */
@ApiTags('polls')
@ApiBearerAuth()
@Roles('admin', 'front')
@Controller('polls/:pollId')
export class PollCollectionController {
  constructor(
    private readonly batches: PollBatchesService,
    private readonly forms: PaperFormsService,
    private readonly tokens: PollTokensService,
  ) {}

  @Post('batches')
  createBatch(@CurrentUser() user: AuthUser, @UuidParam('pollId') pollId: string, @Body() body: CreateBatchDto): Promise<PollBatchDto> {
    return this.batches.create(user, pollId, body);
  }

  @Get('batches')
  listBatches(@CurrentUser() user: AuthUser, @UuidParam('pollId') pollId: string, @Query() query: BatchQueryDto): Promise<PollBatchDto[]> {
    return this.batches.list(user, pollId, query.villageCode);
  }

  @Post('batches/:batchId/void')
  @HttpCode(200)
  @ApiOperation({ summary: 'Void a batch: its forms stop counting (reason required, audited)' })
  voidBatch(@CurrentUser() user: AuthUser, @UuidParam('pollId') pollId: string, @UuidParam('batchId') batchId: string, @Body() body: ReasonDto): Promise<PollBatchDto> {
    return this.batches.void(user, pollId, batchId, body.reason);
  }

  @Put('batches/:batchId/forms/:formId')
  @ApiOperation({ summary: 'Key in one paper form under a client-made UUID (idempotent; 201 when created; 409 when the village is full)' })
  async saveForm(
    @CurrentUser() user: AuthUser,
    @UuidParam('pollId') pollId: string,
    @UuidParam('batchId') batchId: string,
    @UuidParam('formId') formId: string,
    @Body() body: PollAnswersDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PollFormSaved> {
    const { saved, created } = await this.forms.save(user, pollId, batchId, formId, body.answers);
    res.status(created ? 201 : 200);
    return saved;
  }

  @Delete('batches/:batchId/forms/:formId')
  @ApiOperation({ summary: 'Undo a keyed form (deleted, audited with its answers)' })
  undoForm(@CurrentUser() user: AuthUser, @UuidParam('pollId') pollId: string, @UuidParam('batchId') batchId: string, @UuidParam('formId') formId: string): Promise<PollFormSaved> {
    return this.forms.undo(user, pollId, batchId, formId);
  }

  @Post('tokens')
  @ApiOperation({ summary: 'Issue one-time codes for a village (returned once; only hashes are kept)' })
  issueTokens(@CurrentUser() user: AuthUser, @UuidParam('pollId') pollId: string, @Body() body: IssueTokensDto): Promise<IssuedTokens> {
    return this.tokens.issue(user, pollId, body);
  }
}
