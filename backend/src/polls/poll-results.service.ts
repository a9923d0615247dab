import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CampaignAction, type PollResults, pollItemsOf, PROPOSALS_FIELD, type VillageProposals } from '@ntm/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { CampaignHooks } from '../campaigns/campaign-hooks';
import type { Campaign } from '../campaigns/entities/campaign.entity';
import { PublishedDefinitions } from '../forms/published-definitions';
import { PollAccess } from './poll-access.service';
import { computePollResults } from './poll-results.compute';
import { PollRulesService } from './poll-rules.service';
import { discardSnapshot, readSnapshot, writeSnapshot } from './poll-snapshot';
import { pollVillageRows } from './poll-villages';
import { COUNTED_FORM } from './polls.sql';

type PollRef = Pick<Campaign, 'id' | 'name' | 'status' | 'formVersionId'>;

/** Results per item, village, commune and poll: live until the poll is finalised, then the frozen
 * snapshot written by the finalising transaction (un-finalising discards it). */
@Injectable()
export class PollResultsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PollAccess,
    private readonly rules: PollRulesService,
    private readonly definitions: PublishedDefinitions,
    private readonly hooks: CampaignHooks,
  ) {}

  onModuleInit(): void {
    this.hooks.onTransition((manager, campaign, action) => this.onTransition(manager, campaign, action));
  }

  /** The poll's results, with the villages and communes of the caller's scope and the poll's total. */
  async results(user: AuthUser, id: string): Promise<PollResults> {
    const poll = await this.access.requirePoll(user, id);
    const [results, visible] = await Promise.all([this.resultsOf(this.dataSource.manager, poll), pollVillageRows(this.dataSource.manager, id, user.scopePath)]);
    const villages = new Set(visible.map((v) => v.code));
    const communes = new Set(visible.map((v) => v.communeCode));
    return {
      ...results,
      villages: results.villages.filter((r) => villages.has(r.unit.code)),
      communes: results.communes.filter((r) => communes.has(r.unit.code)),
    };
  }

  async resultsOf(manager: EntityManager, poll: PollRef): Promise<PollResults> {
    const [rules, definition] = await Promise.all([this.rules.of(poll.id, manager), this.definitions.get(poll.formVersionId)]);
    const items = pollItemsOf(definition);
    const frozen = poll.status === 'finalised' ? await readSnapshot(manager, poll.id, items) : null;
    const all = frozen?.results ?? (await computePollResults(manager, poll, items, rules));
    return {
      campaignId: poll.id,
      frozen: frozen !== null,
      frozenAt: frozen?.frozenAt.toISOString() ?? null,
      rules,
      items,
      villages: all.filter((r) => r.level === 'village'),
      communes: all.filter((r) => r.level === 'commune'),
      total: all.find((r) => r.level === 'poll')!,
    };
  }

  /** Free-text proposals of counted forms in the caller's scope, by village, never with their author. */
  async proposals(user: AuthUser, id: string): Promise<VillageProposals[]> {
    await this.access.requirePoll(user, id);
    const rows: { code: string; name: string; text: string }[] = await this.dataSource.query(
      `SELECT u.code, u.name, btrim(r.answers ->> $3) AS text
         FROM survey_response r JOIN administrative_unit u ON u.code = r.unit_code
        WHERE r.campaign_id = $1 AND ${COUNTED_FORM} AND starts_with(r.unit_path, $2) AND btrim(coalesce(r.answers ->> $3, '')) <> ''
        ORDER BY r.unit_path, text`,
      [id, user.scopePath, PROPOSALS_FIELD],
    );
    const byVillage = new Map<string, VillageProposals>();
    for (const { code, name, text } of rows) {
      const entry = byVillage.get(code) ?? { village: { code, name, type: 'village' }, proposals: [] };
      entry.proposals.push(text);
      byVillage.set(code, entry);
    }
    return [...byVillage.values()];
  }

  private async onTransition(manager: EntityManager, campaign: Campaign, action: CampaignAction): Promise<void> {
    if (campaign.kind !== 'satisfaction_poll') return;
    if (action === 'finalise') {
      const live = await this.resultsOf(manager, { ...campaign, status: 'closed' });
      await writeSnapshot(manager, campaign.id, [...live.villages, ...live.communes, live.total]);
    }
    if (action === 'unfinalise') await discardSnapshot(manager, campaign.id);
  }
}
