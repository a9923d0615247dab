import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isReviewedKind, isWithinScope, nextResponseStatus, type ResponseDto, type ReviewAction } from '@ntm/shared';
import { DataSource } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import type { AuthUser } from '../auth/auth-user';
import { CampaignsService } from '../campaigns/campaigns.service';
import { DomainError, invalidTransition, notFound } from '../common/errors/domain-error';
import { IndicatorRefresher } from '../poverty-indicators/indicator-refresher';
import { SurveyResponse } from './entities/survey-response.entity';
import { ResponseReader } from './response-reader.service';

/** approve / return (with a comment) / reopen (admin, with a reason), each audited. */
@Injectable()
export class ResponseReview {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly campaigns: CampaignsService,
    private readonly reader: ResponseReader,
    private readonly audit: AuditLog,
    private readonly indicators: IndicatorRefresher,
  ) {}

  async act(user: AuthUser, campaignId: string, id: string, action: ReviewAction, comment?: string): Promise<ResponseDto> {
    const campaign = await this.campaigns.requireVisible(user, campaignId);
    if (campaign.status === 'finalised') throw invalidTransition('The campaign is finalised: un-finalise it before changing a response');
    await this.dataSource.transaction(async (manager) => {
      const stored = await manager.findOne(SurveyResponse, { where: { id, campaignId }, lock: { mode: 'pessimistic_write' } });
      if (!stored || !isWithinScope(stored.unitPath, user.scopePath)) throw notFound('Response');
      const to = nextResponseStatus(stored.status, action, isReviewedKind(campaign.kind));
      if (!to) {
        const current = await this.reader.dto(id);
        throw new DomainError('INVALID_TRANSITION', `Cannot ${action} a response that is ${stored.status}`, undefined, current);
      }
      await manager.update(SurveyResponse, { id }, {
        status: to,
        reviewComment: comment ?? null,
        reviewedBy: user.id,
        reviewedAt: new Date(),
        revision: stored.revision + 1,
      });
      await this.audit.record(manager, { entityType: 'response', entityId: id, action, actorId: user.id, fromStatus: stored.status, toStatus: to, comment: comment ?? null });
      // In the same transaction: the indicators never disagree with what is approved (see IndicatorRefresher).
      await this.indicators.onReviewed(manager, campaign, { from: stored.status, to, unitPath: stored.unitPath });
    });
    return this.reader.dto(id);
  }
}
