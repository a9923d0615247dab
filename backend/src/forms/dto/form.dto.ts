import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CreateFormRequest, SaveFormDraftRequest, SurveyDefinition } from '@ntm/shared';
import { IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class SaveFormDraftDto implements SaveFormDraftRequest {
  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title?: string;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'SurveyJS form JSON' })
  @IsObject()
  definition: SurveyDefinition;
}

export class CreateFormDto implements CreateFormRequest {
  @ApiProperty({ example: 'household-review', description: 'lowercase letters, digits and dashes' })
  @Matches(/^[a-z0-9][a-z0-9-]{1,63}$/, { message: 'key must be 2–64 lowercase letters, digits or dashes' })
  key: string;

  @ApiProperty({ maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'SurveyJS form JSON' })
  @IsObject()
  definition: SurveyDefinition;
}
