import { applyDecorators, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { invalid } from '../errors/domain-error';

const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** A route taking one import file in the multipart field "file". */
export const ImportUpload = () =>
  applyDecorators(
    ApiConsumes('multipart/form-data'),
    ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } }),
    UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } })),
  );

export function requireFile(file: Express.Multer.File | undefined): Express.Multer.File {
  if (!file) throw invalid('file', 'is required (multipart field "file")');
  return file;
}

export class ImportQueryDto {
  @ApiPropertyOptional({ default: true, description: 'Only check the file; import nothing' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  dryRun?: boolean;
}
