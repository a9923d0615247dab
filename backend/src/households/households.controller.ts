import { Body, Controller, Get, HttpCode, Patch, Post, Query, Res, UploadedFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HouseholdDto, HouseholdImportReport, HouseholdSummary, Page, PersonalDataExportDto } from '@ntm/shared';
import type { Response } from 'express';
import { PersonalDataExports } from '../audit/personal-data-exports';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { ImportQueryDto, ImportUpload, requireFile } from '../common/import/import-upload';
import { PageQueryDto } from '../common/pagination/page-query.dto';
import { UuidParam } from '../common/pipes/uuid-param.pipe';
import { ChangeHouseholdStatusDto, CreateHouseholdDto, HouseholdExportQueryDto, HouseholdQueryDto, UpdateHouseholdDto } from './dto/household.dto';
import { HouseholdExporter } from './household-export.service';
import { HouseholdStatusService } from './household-status.service';
import { HouseholdWriter } from './household-writer.service';
import { HouseholdsService } from './households.service';
import { HouseholdsImportService } from './import/households-import.service';

const READERS = ['admin', 'supervisor', 'steering', 'front'] as const;
const WRITERS = ['admin', 'supervisor'] as const;

@ApiTags('households')
@ApiBearerAuth()
@Controller('households')
export class HouseholdsController {
  constructor(
    private readonly households: HouseholdsService,
    private readonly writer: HouseholdWriter,
    private readonly statuses: HouseholdStatusService,
    private readonly importer: HouseholdsImportService,
    private readonly exporter: HouseholdExporter,
    private readonly exports: PersonalDataExports,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Households under a unit (your unit by default); enumerators: their assigned villages only' })
  list(@CurrentUser() user: AuthUser, @Query() query: HouseholdQueryDto): Promise<Page<HouseholdSummary>> {
    return this.households.list(user, query);
  }

  @Post()
  @Roles(...WRITERS)
  create(@CurrentUser() user: AuthUser, @Body() body: CreateHouseholdDto): Promise<HouseholdDto> {
    return this.writer.create(user, body);
  }

  @Post('import')
  @Roles(...WRITERS)
  @ApiOperation({ summary: 'Import households from xlsx/CSV (one row per member); dryRun=true (default) only reports row errors' })
  @ImportUpload()
  import(@CurrentUser() user: AuthUser, @Query() query: ImportQueryDto, @UploadedFile() file: Express.Multer.File | undefined): Promise<HouseholdImportReport> {
    const { originalname, buffer } = requireFile(file);
    return this.importer.importFile(user, originalname, buffer, query.dryRun ?? true);
  }

  @Get('import/template')
  @Roles(...WRITERS)
  @ApiOperation({ summary: 'The xlsx template of the import, with one example household' })
  template(@Res() res: Response): Promise<void> {
    return this.exporter.template(res);
  }

  @Get('export')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Download the names of the households under a unit (CSV/xlsx, streamed); every download is logged' })
  export(@CurrentUser() user: AuthUser, @Query() query: HouseholdExportQueryDto, @Res() res: Response): Promise<void> {
    return this.exporter.export(user, query, res);
  }

  @Get('exports')
  @Roles('admin')
  @ApiOperation({ summary: 'The log of personal-data downloads inside your scope, newest first' })
  exportLog(@CurrentUser() user: AuthUser, @Query() query: PageQueryDto): Promise<Page<PersonalDataExportDto>> {
    return this.exports.list(user, query);
  }

  @Get(':id')
  get(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<HouseholdDto> {
    return this.households.get(user, id);
  }

  @Patch(':id')
  @Roles(...WRITERS)
  @ApiOperation({ summary: 'Edit head, address, village (same commune) or members (replaced as a whole); send the revision you read' })
  update(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @Body() body: UpdateHouseholdDto): Promise<HouseholdDto> {
    return this.writer.update(user, id, body);
  }

  @Post(':id/status')
  @Roles(...WRITERS)
  @HttpCode(200)
  @ApiOperation({ summary: 'Record a move, a merger into another household, a dissolution or a return' })
  changeStatus(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @Body() body: ChangeHouseholdStatusDto): Promise<HouseholdDto> {
    return this.statuses.change(user, id, body);
  }
}
