import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { EffectiveProxyTableDto, ProxyTableVersionDto } from '@ntm/shared';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { UuidParam } from '../common/pipes/uuid-param.pipe';
import { EffectiveProxyTableQueryDto, ProxyTableListQueryDto, SaveProxyTableDto } from './dto/save-proxy-table.dto';
import { ProxyTablesService } from './proxy-tables.service';

@ApiTags('proxy tables')
@ApiBearerAuth()
@Controller('proxy-tables')
export class ProxyTablesController {
  constructor(private readonly tables: ProxyTablesService) {}

  @Get('effective')
  @ApiOperation({ summary: "The B1 table that scores a unit's households: its province's latest, else the national latest, else the default" })
  effective(@CurrentUser() user: AuthUser, @Query() query: EffectiveProxyTableQueryDto): Promise<EffectiveProxyTableDto> {
    return this.tables.effectiveFor(user, query.unit);
  }

  @Get()
  @ApiOperation({ summary: 'Saved versions of the national and province tables in scope, newest first' })
  list(@CurrentUser() user: AuthUser, @Query() query: ProxyTableListQueryDto): Promise<ProxyTableVersionDto[]> {
    return this.tables.list(user, query.scope);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One saved version' })
  get(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<ProxyTableVersionDto> {
    return this.tables.get(user, id);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Save a new version of a scope’s table (audited); the latest version applies' })
  save(@CurrentUser() user: AuthUser, @Body() body: SaveProxyTableDto): Promise<ProxyTableVersionDto> {
    return this.tables.save(user, body);
  }
}
