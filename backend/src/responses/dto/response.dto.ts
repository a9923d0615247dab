import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import {
  type ExportFormat,
  MY_RESPONSES_LIMIT_DEFAULT,
  MY_RESPONSES_LIMIT_MAX,
  type MyResponsesQuery,
  type ResponseQuery,
  type ReturnRequest,
  type ReviewRequest,
  SAVE_STATUSES,
  type SaveResponseRequest,
  type SaveStatus,
} from '@ntm/shared';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsNotEmpty, IsObject, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../../common/pagination/page-query.dto';

export class SaveResponseDto implements SaveResponseRequest {
  @ApiProperty({ description: 'The village the form is about' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  unitCode: string;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'survey-core data, keyed by question value name' })
  @IsObject()
  answers: Record<string, unknown>;

  @ApiProperty({ enum: SAVE_STATUSES })
  @IsIn(SAVE_STATUSES)
  status: SaveStatus;

  @ApiPropertyOptional({ description: "The device's clock when the form was saved" })
  @IsOptional()
  @IsISO8601({ strict: true })
  clientTime?: string;

  @ApiPropertyOptional({ description: 'Household campaigns only' })
  @IsOptional()
  @IsUUID()
  householdId?: string;

  @ApiPropertyOptional({ description: 'The revision the edit started from; a different stored revision answers 409 RESPONSE_CONFLICT' })
  @IsOptional()
  @IsInt()
  @Min(0)
  baseRevision?: number;
}

/** A page's last change: its `updated_at` in microseconds since the epoch and its id. */
export const MY_RESPONSES_CURSOR = /^\d{1,19}_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export class MyResponsesQueryDto implements MyResponsesQuery {
  @ApiPropertyOptional({ description: 'Only responses changed after this time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  since?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  campaign?: string;

  @ApiPropertyOptional({ description: "The previous page's `next` cursor" })
  @IsOptional()
  @Matches(MY_RESPONSES_CURSOR, { message: "after must be a page's next cursor" })
  after?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MY_RESPONSES_LIMIT_MAX, default: MY_RESPONSES_LIMIT_DEFAULT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MY_RESPONSES_LIMIT_MAX)
  limit?: number;
}

export class ResponseQueryDto extends PageQueryDto implements ResponseQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  campaignId?: string;

  @ApiPropertyOptional({ description: "Everything in this unit's subtree" })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  unitCode?: string;

  @ApiPropertyOptional({ description: 'One status or several, comma-separated', example: 'submitted,resubmitted' })
  @IsOptional()
  @Matches(/^(draft|submitted|returned|resubmitted|approved)(,(draft|submitted|returned|resubmitted|approved))*$/, {
    message: 'status must be draft, submitted, returned, resubmitted or approved, comma-separated',
  })
  status?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  enumeratorId?: string;
}

export class ExportQueryDto extends OmitType(ResponseQueryDto, ['campaignId', 'page', 'pageSize'] as const) {
  @ApiProperty({ enum: ['csv', 'xlsx'] })
  @IsIn(['csv', 'xlsx'])
  format: ExportFormat;

  @ApiProperty()
  @IsUUID()
  campaignId: string;
}

export class ReviewDto implements ReviewRequest {
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class ReturnDto implements ReturnRequest {
  @ApiProperty({ maxLength: 2000, description: 'What the enumerator must fix' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  comment: string;
}
