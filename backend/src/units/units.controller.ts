import { Body, Controller, Get, Param, Patch, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Page, UnitDto, UnitImportReport, UnitWithAncestors } from '@ntm/shared';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { invalid } from '../common/errors/domain-error';
import { CreateUnitDto, ImportQueryDto, SearchUnitsQueryDto, UpdateUnitDto } from './dto/unit.dto';
import { UnitsImportService } from './import/units-import.service';
import { UnitsService } from './units.service';

const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitsController {
  constructor(
    private readonly units: UnitsService,
    private readonly importer: UnitsImportService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Search units in scope by name (accents optional) or code' })
  search(@CurrentUser() user: AuthUser, @Query() query: SearchUnitsQueryDto): Promise<Page<UnitDto>> {
    return this.units.search(user, query);
  }

  @Post()
  @Roles('admin')
  create(@CurrentUser() user: AuthUser, @Body() body: CreateUnitDto): Promise<UnitDto> {
    return this.units.create(user, body);
  }

  @Post('import')
  @Roles('admin')
  @ApiOperation({ summary: 'Import units from CSV/xlsx; dryRun=true (default) only reports row errors' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } }))
  import(
    @CurrentUser() user: AuthUser,
    @Query() query: ImportQueryDto,
    @UploadedFile() file: Express.Multer.File | undefined,
  ): Promise<UnitImportReport> {
    if (!file) throw invalid('file', 'is required (multipart field "file")');
    return this.importer.importFile(user, file.originalname, file.buffer, query.dryRun ?? true);
  }

  @Get(':code')
  findOne(@CurrentUser() user: AuthUser, @Param('code') code: string): Promise<UnitWithAncestors> {
    return this.units.findOne(code, user);
  }

  @Patch(':code')
  @Roles('admin')
  update(@CurrentUser() user: AuthUser, @Param('code') code: string, @Body() body: UpdateUnitDto): Promise<UnitDto> {
    return this.units.update(code, user, body);
  }

  @Get(':code/children')
  children(@CurrentUser() user: AuthUser, @Param('code') code: string, @Query() query: SearchUnitsQueryDto): Promise<Page<UnitDto>> {
    return this.units.children(code, user, query);
  }

  @Get(':code/descendants')
  @ApiOperation({ summary: 'The whole subtree below a unit, optionally of one type' })
  descendants(@CurrentUser() user: AuthUser, @Param('code') code: string, @Query() query: SearchUnitsQueryDto): Promise<Page<UnitDto>> {
    return this.units.descendants(code, user, query);
  }
}
