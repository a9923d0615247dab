import { ApiProperty } from '@nestjs/swagger';
import type { ProxyTableContent, RuleStatus, SaveProxyTableRequest } from '@ntm/shared';
import { IsIn, IsNotEmpty, IsObject, IsOptional, IsString, MaxLength } from 'class-validator';

const STATUSES: RuleStatus[] = ['verified', 'to_confirm'];

export class SaveProxyTableDto implements SaveProxyTableRequest {
  @ApiProperty({ description: '"VN" for the national table, or a province code' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  scopeCode: string;

  @ApiProperty({ enum: STATUSES })
  @IsIn(STATUSES)
  status: RuleStatus;

  @ApiProperty({ description: 'The legal text the points come from (or why they are provisional)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  legalBasis: string;

  /** Checked field by field by the shared proxyTableProblems (class-validator cannot say which point is wrong). */
  @ApiProperty({ description: 'title, standards, regions, base, items, thresholds' })
  @IsObject()
  table: ProxyTableContent;
}

export class ProxyTableListQueryDto {
  @ApiProperty({ required: false, description: 'Only this scope ("VN" or a province code)' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  scope?: string;
}

export class EffectiveProxyTableQueryDto {
  @ApiProperty({ description: 'A unit code, usually a village' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  unit: string;
}
