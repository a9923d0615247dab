import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type AddListedHouseholdRequest,
  type GenerateListRequest,
  LIST_SOURCES,
  type ListSource,
  MANUAL_LISTING_REASONS,
  type ManualListingReason,
} from '@ntm/shared';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class GenerateListDto implements GenerateListRequest {
  @ApiProperty({ enum: LIST_SOURCES, description: "previous_lists: last year's poor and near-poor households; all_active: every active household" })
  @IsIn(LIST_SOURCES)
  source: ListSource;

  @ApiPropertyOptional({ description: 'Only this village of the commune' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  villageCode?: string;
}

export class AddListedHouseholdDto implements AddListedHouseholdRequest {
  @ApiProperty({ description: "The household's code in the commune's registry" })
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  householdCode: string;

  @ApiProperty({ enum: MANUAL_LISTING_REASONS })
  @IsIn(MANUAL_LISTING_REASONS)
  reason: ManualListingReason;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
