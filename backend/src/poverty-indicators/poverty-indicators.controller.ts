import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PovertyIndicatorsDto, RecomputeIndicatorsResult } from '@ntm/shared';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { CampaignUnitQueryDto, PovertyIndicatorsQueryDto, RecomputeIndicatorsDto } from './dto/poverty-indicators-query.dto';
import { PovertyIndicatorsExporter } from './poverty-indicators-export.service';
import { PovertyIndicatorsService } from './poverty-indicators.service';

@ApiTags('poverty-indicators')
@ApiBearerAuth()
@Controller('poverty-indicators')
export class PovertyIndicatorsController {
  constructor(
    private readonly indicators: PovertyIndicatorsService,
    private readonly exporter: PovertyIndicatorsExporter,
  ) {}

  @Get()
  @Roles('admin', 'steering', 'front', 'supervisor')
  @ApiOperation({ summary: "A unit's poverty indicators in a household review campaign, with its children's and the campaign's" })
  get(@CurrentUser() user: AuthUser, @Query() query: PovertyIndicatorsQueryDto): Promise<PovertyIndicatorsDto> {
    return this.indicators.get(user, query);
  }

  @Get('export')
  @Roles('admin', 'steering', 'front', 'supervisor')
  @ApiOperation({ summary: 'The summary report by unit of the subtree, as xlsx (streamed)' })
  export(@CurrentUser() user: AuthUser, @Query() query: CampaignUnitQueryDto, @Res() res: Response): Promise<void> {
    return this.exporter.export(user, query, res);
  }

  @Post('recompute')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: "Recompute every unit's indicators of a campaign (refused once it is finalised)" })
  recompute(@CurrentUser() user: AuthUser, @Body() body: RecomputeIndicatorsDto): Promise<RecomputeIndicatorsResult> {
    return this.indicators.recompute(user, body.campaign);
  }
}
