import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { closingDate, DEFAULT_POLL_RULES, type PollRules } from '@ntm/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AuditLog } from '../audit/audit-log';
import { PollAccess, requireNotFinalised } from './poll-access.service';
import { PollRule } from './entities/poll-rule.entity';

/** A poll's rule set: stored on the poll, DEFAULT_POLL_RULES until someone sets it. */
@Injectable()
export class PollRulesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PollAccess,
    private readonly audit: AuditLog,
  ) {}

  async of(campaignId: string, manager: EntityManager = this.dataSource.manager): Promise<PollRules> {
    const row = await manager.findOneBy(PollRule, { campaignId });
    if (!row) return DEFAULT_POLL_RULES;
    return { minCoverage: row.minCoverage, passRule: row.passRule, legalBasis: row.legalBasis, windowWorkingDays: row.windowWorkingDays };
  }

  /** Until the poll closes, a new window length moves its closing date. */
  async update(user: AuthUser, campaignId: string, rules: PollRules): Promise<PollRules> {
    const poll = await this.access.requireOwnPoll(user, campaignId);
    requireNotFinalised(poll);
    await this.dataSource.transaction(async (manager) => {
      const before = await this.of(campaignId, manager);
      await this.save(manager, user, campaignId, rules);
      if (before.windowWorkingDays !== rules.windowWorkingDays && (poll.status === 'draft' || poll.status === 'open')) {
        await manager.query(`UPDATE campaign SET closes_on = $2, updated_at = now() WHERE id = $1`, [campaignId, closingDate(poll.opensOn, rules.windowWorkingDays)]);
      }
      await this.audit.record(manager, { entityType: 'campaign', entityId: campaignId, action: 'poll_rules', actorId: user.id, comment: JSON.stringify(rules) });
    });
    return this.of(campaignId);
  }

  async save(manager: EntityManager, user: AuthUser, campaignId: string, rules: PollRules): Promise<void> {
    await manager.upsert(PollRule, { campaignId, ...rules, updatedBy: user.id }, ['campaignId']);
  }
}
