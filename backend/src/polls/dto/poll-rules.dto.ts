import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PASS_RULE_KINDS, type PassRule, type PassRuleKind, type PollRules } from '@ntm/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsNotEmpty, IsNumber, IsString, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';

const PERCENT = { maxDecimalPlaces: 2 } as const;
const isAverage = (rule: PassRuleDto) => rule.kind === 'average_and_overall';

/** Either `{ kind: 'every_item', min }` or `{ kind: 'average_and_overall', items, averageMin, overallMin }`. */
export class PassRuleDto {
  @ApiProperty({ enum: PASS_RULE_KINDS })
  @IsIn(PASS_RULE_KINDS)
  kind: PassRuleKind;

  @ApiPropertyOptional({ description: 'every_item: the percent each item must reach' })
  @ValidateIf((rule: PassRuleDto) => rule.kind === 'every_item')
  @IsNumber(PERCENT)
  @Min(0)
  @Max(100)
  min?: number;

  @ApiPropertyOptional({ type: [Number], description: 'average_and_overall: the criterion numbers averaged' })
  @ValidateIf(isAverage)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(99, { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(99)
  items?: number[];

  @ApiPropertyOptional()
  @ValidateIf(isAverage)
  @IsNumber(PERCENT)
  @Min(0)
  @Max(100)
  averageMin?: number;

  @ApiPropertyOptional()
  @ValidateIf(isAverage)
  @IsNumber(PERCENT)
  @Min(0)
  @Max(100)
  overallMin?: number;
}

export class PollRulesDto implements Omit<PollRules, 'passRule'> {
  @ApiProperty({ description: 'Percent of households that must return a form' })
  @IsNumber(PERCENT)
  @Min(0)
  @Max(100)
  minCoverage: number;

  @ApiProperty({ type: PassRuleDto })
  @ValidateNested()
  @Type(() => PassRuleDto)
  passRule: PassRuleDto;

  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  legalBasis: string;

  @ApiProperty({ minimum: 1, maximum: 120 })
  @IsInt()
  @Min(1)
  @Max(120)
  windowWorkingDays: number;
}

/** The validated DTO as the shared union (only the fields of its kind are kept). */
export function toPollRules(dto: PollRulesDto): PollRules {
  const { passRule: rule } = dto;
  const passRule: PassRule =
    rule.kind === 'every_item'
      ? { kind: 'every_item', min: rule.min! }
      : { kind: 'average_and_overall', items: [...new Set(rule.items!)].sort((a, b) => a - b), averageMin: rule.averageMin!, overallMin: rule.overallMin! };
  return { minCoverage: dto.minCoverage, passRule, legalBasis: dto.legalBasis, windowWorkingDays: dto.windowWorkingDays };
}
