import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import type { PollReportQueryDto } from './dto/poll.dto';
import { PollAccess } from './poll-access.service';
import { buildPollReport } from './poll-report.model';
import { reportHtml, reportXlsx } from './poll-report.render';
import { PollResultsService } from './poll-results.service';

@Injectable()
export class PollReportService {
  constructor(
    private readonly access: PollAccess,
    private readonly results: PollResultsService,
  ) {}

  async send(user: AuthUser, id: string, query: PollReportQueryDto, res: Response): Promise<void> {
    const poll = await this.access.requirePoll(user, id);
    const report = buildPollReport(await this.results.results(user, id), poll.name, query.unitCode);
    if (query.format === 'html') {
      res.type('text/html; charset=utf-8').send(reportHtml(report));
      return;
    }
    res.attachment(`${report.fileName}.xlsx`).type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await reportXlsx(report));
  }
}
