import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CampaignAction, type CampaignDto, closingDate, DEFAULT_POLL_RULES, type PollDetail, type PollFormOption, type PollVillageDto, pollItemsOf } from '@ntm/shared';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AuditLog } from '../audit/audit-log';
import { CampaignLifecycleService } from '../campaigns/campaign-lifecycle.service';
import { CampaignsService } from '../campaigns/campaigns.service';
import { conflict } from '../common/errors/domain-error';
import { PublishedDefinitions } from '../forms/published-definitions';
import type { CreatePollDto, SetHouseholdsDto } from './dto/poll.dto';
import { toPollRules } from './dto/poll-rules.dto';
import { PollVillage } from './entities/poll-village.entity';
import { PollAccess, requireNotFinalised } from './poll-access.service';
import { lockVillage, villageTally } from './poll-form-insert';
import { PollRulesService } from './poll-rules.service';
import { pollVillageRows, toPollVillage } from './poll-villages';

/** Polls as the Front officer's page shows them: the campaign, its rules, its villages' progress. */
@Injectable()
export class PollsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PollAccess,
    private readonly campaigns: CampaignsService,
    private readonly lifecycle: CampaignLifecycleService,
    private readonly rules: PollRulesService,
    private readonly definitions: PublishedDefinitions,
    private readonly audit: AuditLog,
  ) {}

  /** A satisfaction-poll campaign of one yearly round; closing date from the working-day window. */
  async create(user: AuthUser, dto: CreatePollDto): Promise<PollDetail> {
    const rules = dto.rules ? toPollRules(dto.rules) : DEFAULT_POLL_RULES;
    const closesOn = dto.closesOn ?? closingDate(dto.opensOn, rules.windowWorkingDays);
    const { rules: _rules, ...campaign } = dto;
    const created = await this.lifecycle.create(user, { ...campaign, closesOn, kind: 'satisfaction_poll', round: 1, roundsPerYear: 1 });
    await this.rules.save(this.dataSource.manager, user, created.id, rules);
    return this.detail(user, created.id);
  }

  async forms(): Promise<PollFormOption[]> {
    return this.dataSource.query(
      `SELECT DISTINCT ON (f.id) v.id AS "versionId", f.key, v.title, v.version
         FROM survey_form f JOIN form_version v ON v.form_id = f.id
        WHERE f.key LIKE 'satisfaction-poll%' AND v.status = 'published'
        ORDER BY f.id, v.version DESC`,
    );
  }

  async transition(user: AuthUser, id: string, action: CampaignAction, reason?: string): Promise<CampaignDto> {
    await this.access.requirePoll(user, id);
    return this.lifecycle.transition(user, id, action, reason);
  }

  async detail(user: AuthUser, id: string): Promise<PollDetail> {
    const poll = await this.access.requirePoll(user, id);
    const [campaign, rules, definition, villages, canManage] = await Promise.all([
      this.campaigns.dto(id, poll),
      this.rules.of(id),
      this.definitions.get(poll.formVersionId),
      this.villages(id, user.scopePath),
      this.access.canManage(user, id),
    ]);
    return { campaign, rules, items: pollItemsOf(definition), villages, canManage };
  }

  async villages(campaignId: string, scopePath: string): Promise<PollVillageDto[]> {
    return (await pollVillageRows(this.dataSource.manager, campaignId, scopePath)).map(toPollVillage);
  }

  /** The number a Front officer enters for a village with no household in the registry, with its
   * source; it may not fall below the forms already counted there. */
  async setHouseholds(user: AuthUser, id: string, villageCode: string, dto: SetHouseholdsDto): Promise<PollVillageDto> {
    const poll = await this.access.requirePoll(user, id);
    requireNotFinalised(poll);
    await this.access.requireVillage(user, poll, villageCode, 'villageCode');
    await this.dataSource.transaction(async (manager) => {
      await lockVillage(manager, id, villageCode);
      const { returned } = await villageTally(manager, id, villageCode);
      if (dto.households < returned) throw conflict(`Thôn đã có ${returned} phiếu được tính: số hộ không thể nhỏ hơn.`, [{ field: 'households', reason: `phải từ ${returned} trở lên` }]);
      await manager.upsert(PollVillage, { campaignId: id, villageCode, households: dto.households, source: dto.source, updatedBy: user.id }, ['campaignId', 'villageCode']);
      await this.audit.record(manager, { entityType: 'campaign', entityId: id, action: 'poll_households', actorId: user.id, comment: `${villageCode}: ${dto.households} (${dto.source})` });
    });
    const villages = await this.villages(id, user.scopePath);
    return villages.find((v) => v.code === villageCode)!;
  }
}
