import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  addMonths,
  type CampaignAction,
  type CampaignDto,
  campaignTransition,
  isCommuneLevel,
  isReviewedKind,
  isWithinScope,
  monthsPerPeriod,
  nextPeriod,
  vietnamToday,
} from '@ntm/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import type { AuthUser } from '../auth/auth-user';
import { invalid, invalidTransition } from '../common/errors/domain-error';
import { FormVersion } from '../forms/entities/form-version.entity';
import { UnitsService } from '../units/units.service';
import { CampaignHooks } from './campaign-hooks';
import { CampaignsService } from './campaigns.service';
import type { CreateCampaignDto, UpdateCampaignDto } from './dto/campaign.dto';
import { Campaign } from './entities/campaign.entity';
import { CampaignUnit } from './entities/campaign-unit.entity';

/** What only a draft campaign may change: responses are tied to its form and scope once it opens. */
const DRAFT_ONLY_FIELDS = ['kind', 'formVersionId', 'year', 'round', 'roundsPerYear', 'unitCodes'] as const;

@Injectable()
export class CampaignLifecycleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly campaigns: CampaignsService,
    private readonly units: UnitsService,
    private readonly audit: AuditLog,
    private readonly hooks: CampaignHooks,
  ) {}

  async create(user: AuthUser, dto: CreateCampaignDto): Promise<CampaignDto> {
    checkPeriod(dto);
    const unitPaths = await this.checkScope(user, dto.unitCodes);
    await this.requireUsableForm(dto.formVersionId, unitPaths);
    const id = await this.dataSource.transaction(async (manager) => {
      const { unitCodes, ...fields } = dto;
      const { id: campaignId } = await manager.save(Campaign, manager.create(Campaign, { ...fields, status: 'draft', ownerUnitCode: user.unitCode, createdBy: user.id }));
      await this.setUnits(manager, campaignId, unitCodes);
      await this.audit.record(manager, { entityType: 'campaign', entityId: campaignId, action: 'create', actorId: user.id, toStatus: 'draft' });
      return campaignId;
    });
    return this.campaigns.dto(id);
  }

  async update(user: AuthUser, id: string, dto: UpdateCampaignDto): Promise<CampaignDto> {
    const campaign = await this.campaigns.requireManageable(user, id);
    if (campaign.status === 'finalised') throw invalidTransition('A finalised campaign cannot be edited; un-finalise it first');
    const locked = DRAFT_ONLY_FIELDS.filter((field) => dto[field] !== undefined);
    if (campaign.status !== 'draft' && locked.length) throw invalidTransition(`${locked.join(', ')} can change only while the campaign is a draft`);
    const { unitCodes, ...fields } = dto;
    checkPeriod({ ...campaign, ...fields });
    const unitPaths = unitCodes ? await this.checkScope(user, unitCodes) : campaign.unitPaths;
    if (fields.formVersionId || unitCodes) await this.requireUsableForm(fields.formVersionId ?? campaign.formVersionId, unitPaths);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(Campaign, { id }, fields);
      if (unitCodes) await this.setUnits(manager, id, unitCodes);
      // Only household campaigns have assignments (see AssignmentsService).
      if (fields.kind && !isReviewedKind(fields.kind)) await manager.query(`DELETE FROM assignment WHERE campaign_id = $1`, [id]);
      await this.audit.record(manager, { entityType: 'campaign', entityId: id, action: 'update', actorId: user.id, comment: Object.keys(dto).join(', ') });
    });
    return this.campaigns.dto(id);
  }

  /** open / close / finalise / unfinalise, atomically from the status read (a concurrent change gets 409). */
  async transition(user: AuthUser, id: string, action: CampaignAction, reason?: string): Promise<CampaignDto> {
    const campaign = await this.campaigns.requireManageable(user, id);
    const to = campaignTransition(campaign.status, action);
    if (!to) throw invalidTransition(`Cannot ${action} a campaign that is ${campaign.status}`);
    if (action === 'open' && campaign.closesOn < vietnamToday()) throw invalid('closesOn', 'is in the past: move the closing date before opening');
    await this.dataSource.transaction(async (manager) => {
      const finalisedAt = to === 'finalised' ? new Date() : null;
      const { affected } = await manager.update(Campaign, { id, status: campaign.status }, { status: to, finalisedAt });
      if (!affected) throw invalidTransition('The campaign changed meanwhile; reload it');
      await this.hooks.transitioned(manager, campaign, action);
      await this.audit.record(manager, { entityType: 'campaign', entityId: id, action, actorId: user.id, fromStatus: campaign.status, toStatus: to, comment: reason ?? null });
    });
    return this.campaigns.dto(id);
  }

  /** The next round with the same form, scope and assignments, dates moved by one period. */
  async copyToNextPeriod(user: AuthUser, id: string): Promise<CampaignDto> {
    const source = await this.campaigns.requireManageable(user, id);
    const period = nextPeriod(source);
    const shift = monthsPerPeriod(source.roundsPerYear);
    const nextId = await this.dataSource.transaction(async (manager) => {
      const { id: newId } = await manager.save(
        Campaign,
        manager.create(Campaign, {
          ...pick(source, ['kind', 'formVersionId', 'ownerUnitCode']),
          ...period,
          name: nextName(source.name, source.year, period.year, period.round),
          status: 'draft',
          opensOn: addMonths(source.opensOn, shift),
          closesOn: addMonths(source.closesOn, shift),
          previousCampaignId: id,
          createdBy: user.id,
        }),
      );
      await manager.query(`INSERT INTO campaign_unit (campaign_id, unit_code) SELECT $1, unit_code FROM campaign_unit WHERE campaign_id = $2`, [newId, id]);
      await manager.query(
        `INSERT INTO assignment (campaign_id, enumerator_id, unit_code, expected_households, created_by)
         SELECT $1, enumerator_id, unit_code, expected_households, $3 FROM assignment WHERE campaign_id = $2`,
        [newId, id, user.id],
      );
      await this.audit.record(manager, { entityType: 'campaign', entityId: newId, action: 'copy', actorId: user.id, toStatus: 'draft', comment: `from ${id}` });
      return newId;
    });
    return this.campaigns.dto(nextId);
  }

  /** The paths of the units, once each is known to be a province or commune inside the caller's scope. */
  private async checkScope(user: AuthUser, unitCodes: string[]): Promise<string[]> {
    const paths: string[] = [];
    for (const [i, code] of [...new Set(unitCodes)].entries()) {
      const unit = await this.units.requireInScope(code, user, `unitCodes[${i}]`);
      if (unit.type !== 'province' && !isCommuneLevel(unit.type)) invalidUnit(i, unit.type);
      paths.push(unit.path);
    }
    return paths;
  }

  /** A published version of a form owned above every unit of the campaign: otherwise the officers
   * there could not read the form (FormsService.version) and could not fill it. */
  private async requireUsableForm(formVersionId: string, unitPaths: string[]): Promise<void> {
    const version = await this.dataSource.getRepository(FormVersion).findOne({ where: { id: formVersionId }, relations: { form: { ownerUnit: true } } });
    const ownerPath = version?.form?.ownerUnit?.path;
    if (!version || !ownerPath) throw invalid('formVersionId', 'unknown form version');
    if (version.status !== 'published') throw invalid('formVersionId', 'must be a published version');
    if (!unitPaths.every((path) => isWithinScope(path, ownerPath))) throw invalid('formVersionId', `is a form of ${version.form!.ownerUnitCode}, which does not cover every unit of the campaign`);
  }

  private async setUnits(manager: EntityManager, campaignId: string, unitCodes: string[]): Promise<void> {
    await manager.delete(CampaignUnit, { campaignId });
    await manager.insert(CampaignUnit, [...new Set(unitCodes)].map((unitCode) => ({ campaignId, unitCode })));
    // Assignments must stay inside the scope they were made for.
    const inScope = `SELECT 1 FROM campaign_unit cu JOIN administrative_unit su ON su.code = cu.unit_code JOIN administrative_unit v ON v.code = a.unit_code
      WHERE cu.campaign_id = a.campaign_id AND starts_with(v.path, su.path)`;
    await manager.query(`DELETE FROM assignment a WHERE a.campaign_id = $1 AND NOT EXISTS (${inScope})`, [campaignId]);
  }
}

function checkPeriod(period: { round?: number; roundsPerYear?: number; opensOn?: string; closesOn?: string }): void {
  if (period.round && period.roundsPerYear && period.round > period.roundsPerYear) throw invalid('round', `must be at most roundsPerYear (${period.roundsPerYear})`);
  if (period.opensOn && period.closesOn && period.opensOn > period.closesOn) throw invalid('closesOn', 'must not be before opensOn');
}

function invalidUnit(index: number, type: string): never {
  throw invalid(`unitCodes[${index}]`, `must be a province or a commune-level unit, not a ${type}`);
}

/** "Rà soát 2026" → "Rà soát 2027"; a name without the year gets the round appended. */
function nextName(name: string, year: number, nextYear: number, nextRound: number): string {
  const renamed = name.replace(new RegExp(`\\b${year}\\b`, 'g'), String(nextYear));
  return renamed !== name ? renamed : `${name} (đợt ${nextRound}/${nextYear})`;
}

function pick<T, K extends keyof T>(source: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, source[k]])) as Pick<T, K>;
}

