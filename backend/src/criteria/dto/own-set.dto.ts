import { ApiProperty } from '@nestjs/swagger';
import type { CriteriaSet, OwnSetRequest } from '@ntm/shared';
import { IsObject } from 'class-validator';
import { IsCode } from './criteria-query.dto';

/** The set itself is checked by the shared `criteriaSetProblems` (field errors under `set.`). */
export class OwnSetDto implements OwnSetRequest {
  @ApiProperty() @IsCode() provinceCode: string;
  @ApiProperty({ description: 'The whole set (CriteriaSet), e.g. the village template with the province code filled in' })
  @IsObject()
  set: CriteriaSet;
}
