import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { PovertyIndicatorsQuery, RecomputeIndicatorsRequest } from '@ntm/shared';
import { Transform } from 'class-transformer';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** "true" / "false" from the query string; anything else stays as is and fails @IsBoolean. */
const queryBoolean = ({ value }: { value: unknown }) => ({ true: true, false: false })[String(value) as 'true' | 'false'] ?? value;

export class CampaignUnitQueryDto {
  @ApiProperty({ description: 'A household review campaign' })
  @IsUUID()
  campaign: string;

  @ApiPropertyOptional({ description: "The unit (village, commune, province…); the caller's own by default" })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  unit?: string;
}

export class PovertyIndicatorsQueryDto extends CampaignUnitQueryDto implements PovertyIndicatorsQuery {
  @ApiPropertyOptional({ description: "Override the province's NTM exclusion rule: leave out households on social protection" })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  excludeSocialProtection?: boolean;

  @ApiPropertyOptional({ description: '… and households impoverished by an accident, disease or disaster' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  excludeImpoverishedByShock?: boolean;
}

export class RecomputeIndicatorsDto implements RecomputeIndicatorsRequest {
  @ApiProperty()
  @IsUUID()
  campaign: string;
}
