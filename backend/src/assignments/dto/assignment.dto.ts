import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CreateAssignmentRequest } from '@ntm/shared';
import { IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../../common/pagination/page-query.dto';

export class CreateAssignmentDto implements CreateAssignmentRequest {
  @ApiProperty()
  @IsUUID()
  enumeratorId: string;

  @ApiProperty({ description: 'A village in the campaign scope' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  unitCode: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 100000, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  expectedHouseholds?: number | null;
}

export class EnumeratorQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of the username or the name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
