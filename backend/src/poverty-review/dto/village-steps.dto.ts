import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { DistrictOpinionRequest, RecordComplaintRequest, RecordMeetingRequest, ResolveComplaintRequest, StartPostingRequest } from '@ntm/shared';
import { IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

const DATE_ONLY = { strict: true, strictSeparator: true } as const;

export class RecordMeetingDto implements RecordMeetingRequest {
  @ApiProperty({ example: '2026-11-10' })
  @IsISO8601(DATE_ONLY)
  @MaxLength(10)
  heldOn: string;

  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(100_000)
  attendees: number;

  @ApiProperty({ minimum: 0, description: 'Attendees agreeing with the review results; accepted from 50%' })
  @IsInt()
  @Min(0)
  @Max(100_000)
  agreeing: number;

  @ApiPropertyOptional({ maxLength: 4000, description: 'Summary of the minutes (biên bản)' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  minutes?: string;
}

export class StartPostingDto implements StartPostingRequest {
  @ApiProperty({ example: '2026-11-12', description: 'The end follows from the province setting in working days' })
  @IsISO8601(DATE_ONLY)
  @MaxLength(10)
  startsOn: string;
}

export class RecordComplaintDto implements RecordComplaintRequest {
  @ApiProperty({ description: 'A household on the village list' })
  @IsUUID()
  householdId: string;

  @ApiProperty({ maxLength: 4000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  content: string;

  @ApiProperty({ example: '2026-11-13' })
  @IsISO8601(DATE_ONLY)
  @MaxLength(10)
  receivedOn: string;
}

export class ResolveComplaintDto implements ResolveComplaintRequest {
  @ApiProperty({ maxLength: 4000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  resolution: string;

  @ApiProperty({ example: '2026-11-16' })
  @IsISO8601(DATE_ONLY)
  @MaxLength(10)
  resolvedOn: string;
}

export class DistrictOpinionDto implements DistrictOpinionRequest {
  @ApiProperty({ example: '2026-11-20' })
  @IsISO8601(DATE_ONLY)
  @MaxLength(10)
  receivedOn: string;

  @ApiProperty({ maxLength: 4000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  note: string;
}
