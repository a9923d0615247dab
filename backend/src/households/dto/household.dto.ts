import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import {
  type ChangeHouseholdStatusRequest,
  type CreateHouseholdRequest,
  type ExportFormat,
  HOUSEHOLD_CODE_PATTERN,
  HOUSEHOLD_STATUSES,
  type HouseholdExportQuery,
  type HouseholdMemberInput,
  type HouseholdQuery,
  type HouseholdStatus,
  MEMBER_RELATIONS,
  type MemberRelation,
  SEXES,
  type Sex,
  type UpdateHouseholdRequest,
} from '@ntm/shared';
import { Transform, Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { PageQueryDto } from '../../common/pagination/page-query.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const notNull = (_: object, value: unknown) => value !== null;
const REQUIRED = { message: 'Bắt buộc' };
const atMost = (n: number) => ({ message: `Tối đa ${n} ký tự` });
const DATE = { message: 'Phải là ngày dạng YYYY-MM-DD' };

export class HouseholdMemberDto implements HouseholdMemberInput {
  @ApiProperty({ example: 'Giàng Seo Pao' }) @Transform(trim) @IsString(REQUIRED) @IsNotEmpty(REQUIRED) @MaxLength(200, atMost(200))
  fullName: string;

  @ApiProperty({ enum: SEXES }) @IsIn(SEXES, { message: 'Phải là male (Nam) hoặc female (Nữ)' })
  sex: Sex;

  @ApiProperty({ example: '1978-03-15' }) @Matches(/^\d{4}-\d{2}-\d{2}$/, DATE)
  birthDate: string;

  @ApiProperty({ enum: MEMBER_RELATIONS }) @IsIn(MEMBER_RELATIONS, { message: `Phải là một trong: ${MEMBER_RELATIONS.join(', ')}` })
  relationToHead: MemberRelation;

  @ApiProperty({ example: "H'Mông" }) @Transform(trim) @IsString(REQUIRED) @IsNotEmpty(REQUIRED) @MaxLength(60, atMost(60))
  ethnicity: string;

  @ApiPropertyOptional({ nullable: true, description: '9 or 12 digits' }) @IsOptional() @ValidateIf(notNull) @Transform(trim) @IsString()
  idNumber?: string | null;
}

class HouseholdFieldsDto {
  @ApiPropertyOptional({ description: "Defaults to the head member's name; must be it when given" })
  @IsOptional() @Transform(trim) @IsString() @MaxLength(200, atMost(200))
  headName?: string;

  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf(notNull) @Transform(trim) @IsString() @MaxLength(300, atMost(300))
  address?: string | null;
}

const MembersProperty = () =>
  applyDecorators(
    ApiProperty({ type: [HouseholdMemberDto], description: 'In the order of the household book: the head first' }),
    IsArray({ message: 'Phải là danh sách thành viên' }),
    ValidateNested({ each: true }),
    Type(() => HouseholdMemberDto),
  );

export class CreateHouseholdDto extends HouseholdFieldsDto implements CreateHouseholdRequest {
  @ApiProperty({ example: '02839-01' }) @IsString(REQUIRED) @IsNotEmpty(REQUIRED) @MaxLength(32, atMost(32))
  villageCode: string;

  @ApiProperty({ example: '01.001' }) @Matches(HOUSEHOLD_CODE_PATTERN, { message: 'Gồm 1–32 chữ cái, chữ số, dấu chấm, gạch ngang hoặc gạch dưới' })
  code: string;

  @MembersProperty()
  members: HouseholdMemberDto[];
}

export class UpdateHouseholdDto extends HouseholdFieldsDto implements UpdateHouseholdRequest {
  @ApiProperty({ description: 'The revision the edit started from' }) @IsInt({ message: 'Bắt buộc: phiên bản của hộ khi bắt đầu sửa' }) @Min(1)
  revision: number;

  @ApiPropertyOptional({ description: 'Another village of the same commune' }) @IsOptional() @IsString() @IsNotEmpty(REQUIRED) @MaxLength(32, atMost(32))
  villageCode?: string;

  @IsOptional() @MembersProperty()
  members?: HouseholdMemberDto[];
}

export class ChangeHouseholdStatusDto implements ChangeHouseholdStatusRequest {
  @ApiProperty({ enum: HOUSEHOLD_STATUSES }) @IsIn(HOUSEHOLD_STATUSES, { message: `Phải là một trong: ${HOUSEHOLD_STATUSES.join(', ')}` })
  status: HouseholdStatus;

  @ApiProperty({ example: '2026-10-01' }) @IsISO8601({ strict: true }, DATE)
  effectiveOn: string;

  @ApiProperty({ maxLength: 2000 }) @Transform(trim) @IsString(REQUIRED) @IsNotEmpty(REQUIRED) @MaxLength(2000, atMost(2000))
  reason: string;

  @ApiPropertyOptional({ description: 'Required when merging' }) @IsOptional() @IsUUID('all', { message: 'Phải là mã (UUID) của một hộ' })
  mergedIntoId?: string;

  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1)
  revision?: number;
}

class HouseholdFilterDto {
  @ApiPropertyOptional({ description: 'A village, commune or any ancestor; your unit by default' })
  @IsOptional() @IsString() @MaxLength(32)
  unit?: string;

  @ApiPropertyOptional({ enum: HOUSEHOLD_STATUSES }) @IsOptional() @IsIn(HOUSEHOLD_STATUSES)
  status?: HouseholdStatus;
}

export class HouseholdQueryDto extends IntersectionType(PageQueryDto, HouseholdFilterDto) implements HouseholdQuery {
  @ApiPropertyOptional({ description: "Household code prefix or head's name (accents optional)" })
  @IsOptional() @IsString() @MaxLength(100)
  q?: string;
}

export class HouseholdExportQueryDto extends HouseholdFilterDto implements HouseholdExportQuery {
  @ApiProperty({ enum: ['csv', 'xlsx'] }) @IsIn(['csv', 'xlsx'])
  format: ExportFormat;
}
