import { ApiProperty } from '@nestjs/swagger';
import type { RecogniseRequest } from '@ntm/shared';
import { IsISO8601, IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class RecogniseDto implements RecogniseRequest {
  @ApiProperty({ maxLength: 50, example: '125/QĐ-UBND' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  decisionNumber: string;

  @ApiProperty({ example: '2026-12-10' })
  @IsISO8601({ strict: true, strictSeparator: true })
  @MaxLength(10)
  decidedOn: string;
}
