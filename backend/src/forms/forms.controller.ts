import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FormDetail, FormSummary, FormVersionDto, Page } from '@ntm/shared';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { PageQueryDto } from '../common/pagination/page-query.dto';
import { UuidParam } from '../common/pipes/uuid-param.pipe';
import { CreateFormDto, SaveFormDraftDto } from './dto/form.dto';
import { FormsService } from './forms.service';

@ApiTags('forms')
@ApiBearerAuth()
@Controller()
export class FormsController {
  constructor(private readonly forms: FormsService) {}

  @Get('forms')
  @Roles('admin')
  list(@CurrentUser() user: AuthUser, @Query() query: PageQueryDto): Promise<Page<FormSummary>> {
    return this.forms.list(user, query);
  }

  @Post('forms')
  @Roles('admin')
  @ApiOperation({ summary: 'Create a form with its first draft version' })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateFormDto): Promise<FormDetail> {
    return this.forms.create(user, body);
  }

  @Get('forms/:formId')
  @Roles('admin')
  detail(@CurrentUser() user: AuthUser, @UuidParam('formId') formId: string): Promise<FormDetail> {
    return this.forms.detail(user, formId);
  }

  @Put('forms/:formId/draft')
  @Roles('admin')
  @ApiOperation({ summary: "Save the draft, or start the next version's draft" })
  saveDraft(@CurrentUser() user: AuthUser, @UuidParam('formId') formId: string, @Body() body: SaveFormDraftDto): Promise<FormVersionDto> {
    return this.forms.saveDraft(user, formId, body);
  }

  @Delete('forms/:formId/draft')
  @Roles('admin')
  @HttpCode(204)
  discardDraft(@CurrentUser() user: AuthUser, @UuidParam('formId') formId: string): Promise<void> {
    return this.forms.discardDraft(user, formId);
  }

  @Post('forms/:formId/publish')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish the draft: the version is frozen from then on' })
  publish(@CurrentUser() user: AuthUser, @UuidParam('formId') formId: string): Promise<FormVersionDto> {
    return this.forms.publish(user, formId);
  }

  @Get('form-versions/:versionId')
  version(@CurrentUser() user: AuthUser, @UuidParam('versionId') versionId: string): Promise<FormVersionDto> {
    return this.forms.version(user, versionId);
  }
}
