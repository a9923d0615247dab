import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuditEntryDto, CampaignDto, Page } from '@ntm/shared';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { ReasonDto } from '../common/dto/reason.dto';
import { UuidParam } from '../common/pipes/uuid-param.pipe';
import { CampaignLifecycleService } from './campaign-lifecycle.service';
import { CampaignsService } from './campaigns.service';
import { CampaignQueryDto, CreateCampaignDto, UpdateCampaignDto } from './dto/campaign.dto';

@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('campaigns')
export class CampaignsController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly lifecycle: CampaignLifecycleService,
  ) {}

  @Get()
  list(@CurrentUser() user: AuthUser, @Query() query: CampaignQueryDto): Promise<Page<CampaignDto>> {
    return this.campaigns.list(user, query);
  }

  @Post()
  @Roles('admin')
  create(@CurrentUser() user: AuthUser, @Body() body: CreateCampaignDto): Promise<CampaignDto> {
    return this.lifecycle.create(user, body);
  }

  @Get(':id')
  get(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<CampaignDto> {
    return this.campaigns.get(user, id);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Edit; form, period and scope only while draft' })
  update(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @Body() body: UpdateCampaignDto): Promise<CampaignDto> {
    return this.lifecycle.update(user, id, body);
  }

  @Post(':id/open')
  @Roles('admin')
  @HttpCode(200)
  open(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<CampaignDto> {
    return this.lifecycle.transition(user, id, 'open');
  }

  @Post(':id/close')
  @Roles('admin')
  @HttpCode(200)
  close(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<CampaignDto> {
    return this.lifecycle.transition(user, id, 'close');
  }

  @Post(':id/finalise')
  @Roles('admin')
  @HttpCode(200)
  finalise(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<CampaignDto> {
    return this.lifecycle.transition(user, id, 'finalise');
  }

  @Post(':id/unfinalise')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Undo finalising (reason required, audited)' })
  unfinalise(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @Body() body: ReasonDto): Promise<CampaignDto> {
    return this.lifecycle.transition(user, id, 'unfinalise', body.reason);
  }

  @Post(':id/copy-next')
  @Roles('admin')
  @ApiOperation({ summary: 'Create the next round (same form, scope and assignments) as a draft' })
  copyNext(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<CampaignDto> {
    return this.lifecycle.copyToNextPeriod(user, id);
  }

  @Get(':id/audit')
  history(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<AuditEntryDto[]> {
    return this.campaigns.history(user, id);
  }
}
