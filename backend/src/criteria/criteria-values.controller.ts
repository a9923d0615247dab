import { Body, Controller, Get, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { EvidenceFileDto, ManualValueDto } from '@ntm/shared';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { requireFile } from '../common/import/import-upload';
import { UuidParam } from '../common/pipes/uuid-param.pipe';
import { CRITERIA_READERS } from './criteria-settings.controller';
import { EvidenceUploadQueryDto, ManualHistoryQueryDto } from './dto/criteria-query.dto';
import { ManualValueDto as ManualValueBody } from './dto/criteria-write.dto';
import { MAX_EVIDENCE_BYTES } from './entities/criteria-evidence.entity';
import { EvidenceService } from './values/evidence.service';
import { ManualValuesService } from './values/manual-values.service';

const WRITERS = ['admin', 'steering'] as const;

@ApiTags('criteria')
@ApiBearerAuth()
@Controller('criteria')
export class CriteriaValuesController {
  constructor(
    private readonly values: ManualValuesService,
    private readonly evidence: EvidenceService,
  ) {}

  @Post('manual-values')
  @Roles(...WRITERS)
  @ApiOperation({ summary: "An agency's value with its evidence (note, date, link or file); recomputes the commune's year" })
  save(@CurrentUser() user: AuthUser, @Body() body: ManualValueBody): Promise<ManualValueDto> {
    return this.values.save(user, body);
  }

  @Get('manual-values')
  @Roles(...CRITERIA_READERS)
  @ApiOperation({ summary: 'Every value entered for a unit and set, newest first' })
  history(@CurrentUser() user: AuthUser, @Query() query: ManualHistoryQueryDto): Promise<ManualValueDto[]> {
    return this.values.history(user, query);
  }

  @Post('evidence')
  @Roles(...WRITERS)
  @ApiOperation({ summary: 'Upload an evidence file (multipart field "file", 10 MB at most)' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_EVIDENCE_BYTES, files: 1 } }))
  upload(@CurrentUser() user: AuthUser, @Query() query: EvidenceUploadQueryDto, @UploadedFile() file: Express.Multer.File | undefined): Promise<EvidenceFileDto> {
    return this.evidence.upload(user, query.unit, requireFile(file));
  }

  @Get('evidence/:id')
  @Roles(...CRITERIA_READERS)
  @ApiOperation({ summary: 'Download an evidence file' })
  download(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @Res() res: Response): Promise<void> {
    return this.evidence.download(user, id, res);
  }
}
