import { ApiPropertyOptional } from '@nestjs/swagger';
import { POSTING_WORKING_DAYS_MAX, POSTING_WORKING_DAYS_MIN, type UpdateReviewSettingsRequest } from '@ntm/shared';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';

export class UpdateReviewSettingsDto implements UpdateReviewSettingsRequest {
  @ApiPropertyOptional({ minimum: POSTING_WORKING_DAYS_MIN, maximum: POSTING_WORKING_DAYS_MAX, description: 'Public posting length in working days (default 3, to confirm)' })
  @IsOptional()
  @IsInt()
  @Min(POSTING_WORKING_DAYS_MIN)
  @Max(POSTING_WORKING_DAYS_MAX)
  postingWorkingDays?: number;

  @ApiPropertyOptional({ description: 'Ask the opinion of the level above after posting (the former district step)' })
  @IsOptional()
  @IsBoolean()
  districtOpinion?: boolean;

  @ApiPropertyOptional({ description: 'NTM poverty rate leaves out households on social protection (to confirm)' })
  @IsOptional()
  @IsBoolean()
  excludeSocialProtection?: boolean;

  @ApiPropertyOptional({ description: 'NTM poverty rate leaves out households impoverished by accident, disease or disaster (to confirm)' })
  @IsOptional()
  @IsBoolean()
  excludeImpoverishedByShock?: boolean;
}
