import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  COMMUNE_GROUPS,
  type CommuneGroup,
  type CreateUnitRequest,
  NTM_REGIONS,
  type NtmRegion,
  UNIT_TYPES,
  type UnitType,
  type UpdateUnitRequest,
} from '@ntm/shared';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { PageQueryDto } from '../../common/pagination/page-query.dto';
import { UNIT_CODE_PATTERN } from '../import/unit-import-row';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const nullable = (_: object, value: unknown) => value !== null;

/** Fields optional both when creating and when editing a unit. */
class UnitAttributesDto {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(250)
  fullName?: string;

  @ApiPropertyOptional({ enum: NTM_REGIONS, nullable: true }) @IsOptional() @ValidateIf(nullable) @IsIn(NTM_REGIONS)
  ntmRegion?: NtmRegion | null;

  @ApiPropertyOptional({ enum: COMMUNE_GROUPS, nullable: true }) @IsOptional() @ValidateIf(nullable) @IsIn(COMMUNE_GROUPS)
  communeGroup?: CommuneGroup | null;

  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf(nullable) @IsBoolean()
  isRural?: boolean | null;

  @ApiPropertyOptional() @IsOptional() @IsBoolean()
  particularlyDifficult?: boolean;

  @ApiPropertyOptional({ nullable: true, example: '2025-07-01' }) @IsOptional() @ValidateIf(nullable) @IsISO8601({ strict: true })
  effectiveFrom?: string | null;

  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf(nullable) @IsISO8601({ strict: true })
  effectiveTo?: string | null;

  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf(nullable) @Matches(UNIT_CODE_PATTERN)
  successorCode?: string | null;
}

export class UpdateUnitDto extends UnitAttributesDto implements UpdateUnitRequest {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200)
  name?: string;
}

export class CreateUnitDto extends UnitAttributesDto implements CreateUnitRequest {
  @ApiProperty({ example: '02839-16' }) @Matches(UNIT_CODE_PATTERN, { message: 'code must be 1–32 letters, digits, dot, dash or underscore' })
  code: string;

  @ApiProperty({ example: 'Thôn Na Hối' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200)
  name: string;

  @ApiProperty({ enum: UNIT_TYPES }) @IsIn(UNIT_TYPES)
  type: UnitType;

  @ApiProperty({ example: '02839' }) @Matches(UNIT_CODE_PATTERN, { message: 'parentCode is not a valid code' })
  parentCode: string;
}

export class SearchUnitsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Name (accents optional) or code prefix' })
  @IsOptional() @IsString() @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: UNIT_TYPES }) @IsOptional() @IsIn(UNIT_TYPES)
  type?: UnitType;
}
