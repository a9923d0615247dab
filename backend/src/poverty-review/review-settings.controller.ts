import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ReviewSettingsDto } from '@ntm/shared';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { UpdateReviewSettingsDto } from './dto/review-settings.dto';
import { ReviewSettingsService } from './review-settings.service';

@ApiTags('poverty review')
@ApiBearerAuth()
@Controller('poverty-review/settings')
export class ReviewSettingsController {
  constructor(private readonly settings: ReviewSettingsService) {}

  @Get(':provinceCode')
  @ApiOperation({ summary: "A province's review settings (the defaults, marked to confirm, until saved)" })
  get(@CurrentUser() user: AuthUser, @Param('provinceCode') provinceCode: string): Promise<ReviewSettingsDto> {
    return this.settings.get(user, provinceCode);
  }

  @Put(':provinceCode')
  @Roles('admin')
  @ApiOperation({ summary: 'Change the settings of a province in scope (audited with the previous values)' })
  update(@CurrentUser() user: AuthUser, @Param('provinceCode') provinceCode: string, @Body() body: UpdateReviewSettingsDto): Promise<ReviewSettingsDto> {
    return this.settings.update(user, provinceCode, body);
  }
}
