import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType, PickType } from '@nestjs/swagger';
import {
  CAMPAIGN_ACTIONS,
  type CampaignAction,
  type CreateBatchRequest,
  type CreatePollRequest,
  type IssueTokensRequest,
  PAPER_MODES,
  type PaperFormRequest,
  type PaperMode,
  type PollReportFormat,
  type PollReportQuery,
  type PublicPollSubmit,
  type SetHouseholdsRequest,
} from '@ntm/shared';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { CreateCampaignDto } from '../../campaigns/dto/campaign.dto';
import { PollRulesDto } from './poll-rules.dto';

/** The campaign's own fields and checks; a poll is one yearly round, its closing date optional. */
export class CreatePollDto
  extends IntersectionType(PickType(CreateCampaignDto, ['name', 'formVersionId', 'year', 'opensOn', 'unitCodes'] as const), PartialType(PickType(CreateCampaignDto, ['closesOn'] as const)))
  implements Omit<CreatePollRequest, 'rules'>
{
  @ApiPropertyOptional({ type: PollRulesDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => PollRulesDto)
  rules?: PollRulesDto;
}

export class SetHouseholdsDto implements SetHouseholdsRequest {
  @ApiProperty({ minimum: 0, maximum: 100000 })
  @IsInt()
  @Min(0)
  @Max(100_000)
  households: number;

  @ApiProperty({ maxLength: 300, example: 'Danh sách hộ do trưởng thôn lập, tháng 01/2026' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  source: string;
}

export class CreateBatchDto implements CreateBatchRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  villageCode: string;

  @ApiProperty({ maxLength: 100, example: 'Tập 1 – hội nghị thôn ngày 12/3' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  label: string;

  @ApiProperty({ enum: PAPER_MODES })
  @IsIn(PAPER_MODES)
  mode: PaperMode;
}

export class PollAnswersDto implements PaperFormRequest, PublicPollSubmit {
  @ApiProperty({ type: 'object', additionalProperties: true })
  @IsObject()
  answers: Record<string, unknown>;
}

export class IssueTokensDto implements IssueTokensRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  villageCode: string;

  @ApiProperty({ minimum: 1, maximum: 500 })
  @IsInt()
  @Min(1)
  @Max(500)
  count: number;
}

export class PollReportQueryDto implements PollReportQuery {
  @ApiProperty({ enum: ['xlsx', 'html'] })
  @IsIn(['xlsx', 'html'])
  format: PollReportFormat;

  @ApiPropertyOptional({ description: 'A village (its result sheet) or a commune; the whole poll when absent' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  unitCode?: string;
}

export class PollTransitionDto {
  @ApiProperty({ enum: CAMPAIGN_ACTIONS })
  @IsIn(CAMPAIGN_ACTIONS)
  action: CampaignAction;

  @ApiPropertyOptional({ maxLength: 2000, description: 'Required to un-finalise' })
  @ValidateIf((dto: PollTransitionDto) => dto.action === 'unfinalise')
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason?: string;
}

export class BatchQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(32)
  villageCode?: string;
}
