import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  CAMPAIGN_KINDS,
  CAMPAIGN_STATUSES,
  type CampaignKind,
  type CampaignQuery,
  type CampaignStatus,
  type CreateCampaignRequest,
  ROUNDS_PER_YEAR,
  type UpdateCampaignRequest,
} from '@ntm/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../../common/pagination/page-query.dto';

const DATE_ONLY = { strict: true, strictSeparator: true } as const;

export class CreateCampaignDto implements CreateCampaignRequest {
  @ApiProperty({ maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name: string;

  @ApiProperty({ enum: CAMPAIGN_KINDS })
  @IsIn(CAMPAIGN_KINDS)
  kind: CampaignKind;

  @ApiProperty({ description: 'A published form version' })
  @IsUUID()
  formVersionId: string;

  @ApiProperty({ minimum: 2020, maximum: 2100 })
  @IsInt()
  @Min(2020)
  @Max(2100)
  year: number;

  @ApiProperty({ minimum: 1, description: 'Round within the year, at most roundsPerYear' })
  @IsInt()
  @Min(1)
  round: number;

  @ApiProperty({ enum: ROUNDS_PER_YEAR })
  @IsIn(ROUNDS_PER_YEAR)
  roundsPerYear: number;

  @ApiProperty({ example: '2026-09-01' })
  @IsISO8601(DATE_ONLY)
  @MaxLength(10)
  opensOn: string;

  @ApiProperty({ example: '2026-12-14' })
  @IsISO8601(DATE_ONLY)
  @MaxLength(10)
  closesOn: string;

  @ApiProperty({ type: [String], description: 'Communes or provinces covered' })
  @IsString({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  unitCodes: string[];
}

export class UpdateCampaignDto extends PartialType(CreateCampaignDto) implements UpdateCampaignRequest {}

export class CampaignQueryDto extends PageQueryDto implements CampaignQuery {
  @ApiPropertyOptional({ enum: CAMPAIGN_STATUSES })
  @IsOptional()
  @IsIn(CAMPAIGN_STATUSES)
  status?: CampaignStatus;

  @ApiPropertyOptional({ enum: CAMPAIGN_KINDS })
  @IsOptional()
  @IsIn(CAMPAIGN_KINDS)
  kind?: CampaignKind;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  year?: number;
}
