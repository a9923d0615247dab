import { ApiProperty } from '@nestjs/swagger';
import type { ReasonRequest } from '@ntm/shared';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** The reason an admin gives for undoing something (un-finalising a campaign, reopening a response). */
export class ReasonDto implements ReasonRequest {
  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;
}
