import { Body, Controller, Get, Param, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PollFormSaved, PublicPollForm } from '@ntm/shared';
import type { Request } from 'express';
import { Public } from '../auth/auth.decorators';
import { PollAnswersDto } from './dto/poll.dto';
import { PublicPollService } from './public-poll.service';

/** No login: a household answers with the one-time code on its slip (rate-limited per address). */
@ApiTags('public')
@Public()
@Controller('public/polls')
export class PublicPollController {
  constructor(private readonly polls: PublicPollService) {}

  @Get(':code')
  form(@Req() req: Request, @Param('code') code: string): Promise<PublicPollForm> {
    return this.polls.form(req.ip ?? 'unknown', code);
  }

  @Post(':code')
  @ApiOperation({ summary: 'Send the answers; the code is burnt with them (404 unknown, 409 used)' })
  submit(@Req() req: Request, @Param('code') code: string, @Body() body: PollAnswersDto): Promise<PollFormSaved> {
    return this.polls.submit(req.ip ?? 'unknown', code, body.answers);
  }
}
