import { Body, Controller, Get, Param, Patch, Post, Query, UploadedFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Page, UnitDto, UnitImportReport, UnitWithAncestors } from '@ntm/shared';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { ImportQueryDto, ImportUpload, requireFile } from '../common/import/import-upload';
import { CreateUnitDto, SearchUnitsQueryDto, UpdateUnitDto } from './dto/unit.dto';
import { UnitsImportService } from './import/units-import.service';
import { UnitsService } from './units.service';

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
  @ImportUpload()
  import(
    @CurrentUser() user: AuthUser,
    @Query() query: ImportQueryDto,
    @UploadedFile() file: Express.Multer.File | undefined,
  ): Promise<UnitImportReport> {
    const { originalname, buffer } = requireFile(file);
    return this.importer.importFile(user, originalname, buffer, query.dryRun ?? true);
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
