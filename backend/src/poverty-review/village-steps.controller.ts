import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { VillageReviewDto } from '@ntm/shared';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { ReasonDto } from '../common/dto/reason.dto';
import { UuidParam } from '../common/pipes/uuid-param.pipe';
import { DistrictOpinionDto, RecordComplaintDto, RecordMeetingDto, ResolveComplaintDto, StartPostingDto } from './dto/village-steps.dto';
import { ReviewComplaintsService } from './review-complaints.service';
import { REVIEW_RECORDERS } from './review-roles';
import { VillageStepsService } from './village-steps.service';

@ApiTags('poverty review')
@ApiBearerAuth()
@Roles(...REVIEW_RECORDERS)
@Controller('campaigns/:campaignId/review/villages/:villageCode')
export class VillageStepsController {
  constructor(
    private readonly steps: VillageStepsService,
    private readonly complaints: ReviewComplaintsService,
  ) {}

  @Post('confirm-list')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close the listing: forms are collected for the listed households' })
  confirmList(@CurrentUser() user: AuthUser, @UuidParam('campaignId') campaignId: string, @Param('villageCode') villageCode: string): Promise<VillageReviewDto> {
    return this.steps.step(user, campaignId, villageCode, 'confirm_list');
  }

  @Post('close-collection')
  @HttpCode(200)
  @ApiOperation({ summary: 'Every listed household approved: the village is ready for its meeting' })
  closeCollection(@CurrentUser() user: AuthUser, @UuidParam('campaignId') campaignId: string, @Param('villageCode') villageCode: string): Promise<VillageReviewDto> {
    return this.steps.step(user, campaignId, villageCode, 'close_collection');
  }

  @Post('reopen-collection')
  @HttpCode(200)
  reopenCollection(@CurrentUser() user: AuthUser, @UuidParam('campaignId') campaignId: string, @Param('villageCode') villageCode: string): Promise<VillageReviewDto> {
    return this.steps.step(user, campaignId, villageCode, 'reopen_collection');
  }

  @Post('meetings')
  @ApiOperation({ summary: 'Record the village meeting: accepted from 50% agreeing, else back to re-review' })
  meeting(@CurrentUser() user: AuthUser, @UuidParam('campaignId') campaignId: string, @Param('villageCode') villageCode: string, @Body() body: RecordMeetingDto): Promise<VillageReviewDto> {
    return this.steps.recordMeeting(user, campaignId, villageCode, body);
  }

  @Post('posting')
  @HttpCode(200)
  @ApiOperation({ summary: 'Start (or move the start of) the public posting; the end is computed in working days' })
  posting(@CurrentUser() user: AuthUser, @UuidParam('campaignId') campaignId: string, @Param('villageCode') villageCode: string, @Body() body: StartPostingDto): Promise<VillageReviewDto> {
    return this.steps.startPosting(user, campaignId, villageCode, body);
  }

  @Post('posting/complete')
  @HttpCode(200)
  @ApiOperation({ summary: 'End the posting after its last day, with no complaint open' })
  completePosting(@CurrentUser() user: AuthUser, @UuidParam('campaignId') campaignId: string, @Param('villageCode') villageCode: string): Promise<VillageReviewDto> {
    return this.steps.completePosting(user, campaignId, villageCode);
  }

  @Post('complaints')
  complaint(@CurrentUser() user: AuthUser, @UuidParam('campaignId') campaignId: string, @Param('villageCode') villageCode: string, @Body() body: RecordComplaintDto): Promise<VillageReviewDto> {
    return this.complaints.record(user, campaignId, villageCode, body);
  }

  @Post('complaints/:complaintId/recheck')
  @HttpCode(200)
  @ApiOperation({ summary: "Re-check a complaint: the household's approved form goes back to the enumerator (reason required)" })
  recheck(
    @CurrentUser() user: AuthUser,
    @UuidParam('campaignId') campaignId: string,
    @Param('villageCode') villageCode: string,
    @UuidParam('complaintId') complaintId: string,
    @Body() body: ReasonDto,
  ): Promise<VillageReviewDto> {
    return this.complaints.recheck(user, campaignId, villageCode, complaintId, body.reason);
  }

  @Post('complaints/:complaintId/resolve')
  @HttpCode(200)
  @ApiOperation({ summary: "Resolve a complaint once the household's form is approved (again, after a re-check)" })
  resolve(
    @CurrentUser() user: AuthUser,
    @UuidParam('campaignId') campaignId: string,
    @Param('villageCode') villageCode: string,
    @UuidParam('complaintId') complaintId: string,
    @Body() body: ResolveComplaintDto,
  ): Promise<VillageReviewDto> {
    return this.complaints.resolve(user, campaignId, villageCode, complaintId, body);
  }

  @Post('district-opinion')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the opinion of the level above (only where the province keeps that step)' })
  districtOpinion(@CurrentUser() user: AuthUser, @UuidParam('campaignId') campaignId: string, @Param('villageCode') villageCode: string, @Body() body: DistrictOpinionDto): Promise<VillageReviewDto> {
    return this.steps.recordDistrictOpinion(user, campaignId, villageCode, body);
  }
}
