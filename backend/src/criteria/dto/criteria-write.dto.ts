import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ManualValueRequest, RecomputeCriteriaRequest, SetThresholdRequest, ThresholdColumn } from '@ntm/shared';
import { IsDateString, IsDefined, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsCode, IsSetId, IsYear } from './criteria-query.dto';

/** `value` is checked against the indicator's comparison by the service (a field error, 400). */
export class SetThresholdDto implements SetThresholdRequest {
  @ApiProperty() @IsCode() provinceCode: string;
  @ApiProperty() @IsSetId() setId: string;
  @ApiProperty() @IsString() @MaxLength(20) indicatorId: string;
  @ApiProperty() @IsString() @MaxLength(10) column: ThresholdColumn;
  @ApiProperty() @IsInt() @Min(2000) @Max(2100) fromYear: number;
  @ApiProperty({ description: 'A number, true/false for a yes/no indicator, or null to remove the value', nullable: true })
  @IsDefined({ message: 'is required (null removes the value)' })
  value: number | boolean | null;
  @ApiProperty() @IsString() @MaxLength(2000) note: string;
}

export class ManualValueDto implements ManualValueRequest {
  @ApiProperty() @IsCode() unitCode: string;
  @ApiProperty() @IsSetId() setId: string;
  @ApiProperty() @IsString() @MaxLength(20) indicatorId: string;
  @ApiProperty() @IsInt() @Min(2000) @Max(2100) year: number;
  @ApiProperty({ description: 'A number, or true/false for a yes/no indicator' }) @IsDefined() value: number | boolean;
  @ApiProperty() @IsString() @MaxLength(2000) note: string;
  @ApiProperty({ example: '2025-06-30' }) @IsDateString({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' }) evidenceDate: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) evidenceUrl?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() evidenceFileId?: string;
}

export class RecomputeCriteriaDto implements RecomputeCriteriaRequest {
  @ApiProperty({ description: 'A province, or a commune of it' }) @IsCode() unitCode: string;
  @ApiPropertyOptional({ description: 'Every year of every set up to the current one by default' }) @IsOptional() @IsYear() year?: number;
}

export class CloseYearDto {
  @ApiProperty() @IsCode() provinceCode: string;
  @ApiProperty() @IsYear() year: number;
  @ApiPropertyOptional({ description: 'Required to reopen (audited)' }) @IsOptional() @IsString() @MaxLength(2000) reason?: string;
}
