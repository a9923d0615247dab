import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsISO8601, IsNotEmpty, IsObject, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { PollRulesDto } from './poll-rules.dto';

const DATE_ONLY = { strict: true, strictSeparator: true } as const;

export class CreatePollDto implements Omit<CreatePollRequest, 'rules'> {
  @ApiProperty({ maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name: string;

  @ApiProperty({ description: 'A published version of a poll form (e.g. satisfaction-poll-2026)' })
  @IsUUID()
  formVersionId: string;

  @ApiProperty({ minimum: 2020, maximum: 2100 })
  @IsInt()
  @Min(2020)
  @Max(2100)
  year: number;

  @ApiProperty({ example: '2026-09-01' })
  @IsISO8601(DATE_ONLY)
  @MaxLength(10)
  opensOn: string;

  @ApiPropertyOptional({ description: 'Defaults to the last of the window’s working days' })
  @IsOptional()
  @IsISO8601(DATE_ONLY)
  @MaxLength(10)
  closesOn?: string;

  @ApiProperty({ type: [String], description: 'Communes or provinces polled' })
  @IsString({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  unitCodes: string[];

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
