import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { type AuditEntryDto, type CampaignDto, isWithinScope, type Page, type UnitRef } from '@ntm/shared';
import { DataSource, Repository, type SelectQueryBuilder } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import type { AuthUser } from '../auth/auth-user';
import { notFound, outOfScope } from '../common/errors/domain-error';
import { pageWindow } from '../common/pagination/page-query.dto';
import { toCampaignDto } from './campaigns.mapper';
import type { CampaignQueryDto } from './dto/campaign.dto';
import { Campaign } from './entities/campaign.entity';

/** A campaign with the paths of the units it covers: what scope checks need. */
export type CampaignInScope = Campaign & { unitPaths: string[] };

/** The unit at `path` lies in one of the campaign's units. */
export function coversUnit(campaign: CampaignInScope, path: string): boolean {
  return campaign.unitPaths.some((unitPath) => isWithinScope(path, unitPath));
}

/** Visible when one of its units lies inside the caller's scope, or contains it (an enumerator in
 * a village sees the campaign over its commune). */
const VISIBLE = `EXISTS (SELECT 1 FROM campaign_unit cu JOIN administrative_unit su ON su.code = cu.unit_code
  WHERE cu.campaign_id = c.id AND (starts_with(su.path, :scope) OR starts_with(:scope, su.path)))`;

@Injectable()
export class CampaignsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Campaign) private readonly campaigns: Repository<Campaign>,
    private readonly audit: AuditLog,
  ) {}

  async history(user: AuthUser, id: string): Promise<AuditEntryDto[]> {
    await this.requireVisible(user, id);
    return this.audit.history('campaign', id);
  }

  async list(user: AuthUser, query: CampaignQueryDto): Promise<Page<CampaignDto>> {
    const window = pageWindow(query);
    const qb = this.withForm().where(VISIBLE, { scope: user.scopePath });
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.kind) qb.andWhere('c.kind = :kind', { kind: query.kind });
    if (query.year) qb.andWhere('c.year = :year', { year: query.year });
    const [campaigns, total] = await qb
      .orderBy('c.year', 'DESC')
      .addOrderBy('c.round', 'DESC')
      .addOrderBy('c.created_at', 'DESC')
      .skip(window.offset)
      .take(window.pageSize)
      .getManyAndCount();
    const units = await this.unitsOf(campaigns.map((c) => c.id));
    return { items: campaigns.map((c) => toCampaignDto(c, units.get(c.id) ?? [])), total, page: window.page, pageSize: window.pageSize };
  }

  async get(user: AuthUser, id: string): Promise<CampaignDto> {
    const campaign = await this.requireVisible(user, id);
    return this.dto(campaign.id, campaign);
  }

  async dto(id: string, loaded?: Campaign): Promise<CampaignDto> {
    const campaign = loaded?.formVersion ? loaded : await this.withForm().where('c.id = :id', { id }).getOneOrFail();
    return toCampaignDto(campaign, (await this.unitsOf([id])).get(id) ?? []);
  }

  /** 404 when it does not exist or lies wholly outside the caller's scope. */
  async requireVisible(user: AuthUser, id: string): Promise<CampaignInScope> {
    const found = await this.withForm()
      .addSelect('(SELECT array_agg(u.path) FROM campaign_unit cu JOIN administrative_unit u ON u.code = cu.unit_code WHERE cu.campaign_id = c.id)', 'unit_paths')
      .where('c.id = :id', { id })
      .andWhere(VISIBLE, { scope: user.scopePath })
      .getRawAndEntities<{ unit_paths: string[] }>();
    const campaign = found.entities[0];
    if (!campaign) throw notFound('Campaign');
    return Object.assign(campaign, { unitPaths: found.raw[0]!.unit_paths });
  }

  /** Only admins whose scope holds the campaign's owner unit may change it. */
  async requireManageable(user: AuthUser, id: string): Promise<CampaignInScope> {
    const campaign = await this.requireVisible(user, id);
    const [owner]: { path: string }[] = await this.dataSource.query(`SELECT path FROM administrative_unit WHERE code = $1`, [campaign.ownerUnitCode]);
    if (!owner || !isWithinScope(owner.path, user.scopePath)) throw outOfScope();
    return campaign;
  }

  private withForm(): SelectQueryBuilder<Campaign> {
    // The definition is left out: it is large, and published ones are cached by PublishedDefinitions.
    return this.campaigns
      .createQueryBuilder('c')
      .innerJoin('c.formVersion', 'v')
      .addSelect(['v.id', 'v.formId', 'v.version', 'v.title', 'v.status'])
      .innerJoinAndSelect('v.form', 'f');
  }

  private async unitsOf(ids: string[]): Promise<Map<string, UnitRef[]>> {
    const byCampaign = new Map<string, UnitRef[]>();
    if (ids.length === 0) return byCampaign;
    const rows: (UnitRef & { campaignId: string })[] = await this.dataSource.query(
      `SELECT cu.campaign_id AS "campaignId", u.code, u.name, u.type
         FROM campaign_unit cu JOIN administrative_unit u ON u.code = cu.unit_code
        WHERE cu.campaign_id = ANY($1) ORDER BY u.path`,
      [ids],
    );
    for (const { campaignId, ...unit } of rows) byCampaign.set(campaignId, [...(byCampaign.get(campaignId) ?? []), unit]);
    return byCampaign;
  }
}
