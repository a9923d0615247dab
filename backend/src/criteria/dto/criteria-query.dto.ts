import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const CODE = () => [IsString(), IsNotEmpty(), MaxLength(32)];
const applyAll = (decorators: PropertyDecorator[]): PropertyDecorator => (target, key) => decorators.forEach((d) => d(target, key));
export const IsCode = () => applyAll(CODE());
export const IsSetId = () => applyAll([IsString(), IsNotEmpty(), MaxLength(60)]);
export const IsYear = () => applyAll([Type(() => Number), IsInt(), Min(2000), Max(2100)]);

export class ProvinceQueryDto {
  @ApiPropertyOptional({ description: "A province code; the caller's province by default" })
  @IsOptional()
  @IsCode()
  province?: string;
}

export class SetsQueryDto extends ProvinceQueryDto {
  @ApiPropertyOptional({ description: 'Only the sets covering this year' })
  @IsOptional()
  @IsYear()
  year?: number;
}

/** A unit, a set and a year: the commune page, the dashboard, the downloads. */
export class UnitSetYearQueryDto {
  @ApiPropertyOptional({ description: "The unit; the caller's own by default" })
  @IsOptional()
  @IsCode()
  unit?: string;

  @ApiPropertyOptional({ description: 'The set; the national NTM set of the year by default' })
  @IsOptional()
  @IsSetId()
  set?: string;

  @ApiPropertyOptional({ description: 'The year; the latest evaluated by default' })
  @IsOptional()
  @IsYear()
  year?: number;
}

export class TraceQueryDto {
  @ApiProperty() @IsCode() unit: string;
  @ApiProperty() @IsSetId() set: string;
  @ApiProperty() @IsYear() year: number;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(20) indicator: string;
}

export class ManualHistoryQueryDto {
  @ApiProperty() @IsCode() unit: string;
  @ApiProperty() @IsSetId() set: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(20) indicator?: string;
  @ApiPropertyOptional() @IsOptional() @IsYear() year?: number;
}

export class EvidenceUploadQueryDto {
  @ApiProperty({ description: 'The unit whose readers may download the file' })
  @IsCode()
  unit: string;
}
