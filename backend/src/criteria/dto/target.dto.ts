import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TARGET_METRICS, type TargetMetric, type TargetRequest } from '@ntm/shared';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsCode, IsSetId } from './criteria-query.dto';

export class TargetDto implements TargetRequest {
  @ApiProperty() @IsCode() unitCode: string;
  @ApiProperty() @IsSetId() setId: string;
  @ApiProperty({ example: '94/127 xã đạt chuẩn NTM' }) @IsString() @MinLength(1) @MaxLength(300) label: string;
  @ApiProperty({ enum: TARGET_METRICS }) @IsIn(TARGET_METRICS) metric: TargetMetric;
  @ApiPropertyOptional({ nullable: true, description: 'The level, the criterion number or the minimum number of criteria' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  parameter: string | null;
  @ApiProperty() @IsInt() @Min(2000) @Max(2100) fromYear: number;
  @ApiProperty() @IsInt() @Min(2000) @Max(2100) toYear: number;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsNumber({ maxDecimalPlaces: 2 }) @Min(0) @Max(999999) baseline: number | null;
  @ApiProperty() @IsNumber({ maxDecimalPlaces: 2 }) @Min(0) @Max(999999) target: number;
}

export class TargetsQueryDto {
  @ApiPropertyOptional({ description: "The unit; the caller's own by default" }) @IsOptional() @IsCode() unit?: string;
  @ApiPropertyOptional() @IsOptional() @IsSetId() set?: string;
}
