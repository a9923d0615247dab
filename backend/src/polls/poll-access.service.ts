import { Injectable } from '@nestjs/common';
import { acceptsResponses, vietnamToday } from '@ntm/shared';
import type { AuthUser } from '../auth/auth-user';
import { type CampaignInScope, CampaignsService, coversUnit } from '../campaigns/campaigns.service';
import { DomainError, invalidTransition, notFound, outOfScope } from '../common/errors/domain-error';
import type { AdministrativeUnit } from '../units/entities/administrative-unit.entity';
import { UnitsService } from '../units/units.service';

/** Who may see and change a poll: the campaign's scope rules, for campaigns of the poll kind. */
@Injectable()
export class PollAccess {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly units: UnitsService,
  ) {}

  /** 404 unless it is a poll visible from the caller's scope. */
  async requirePoll(user: AuthUser, id: string): Promise<CampaignInScope> {
    return asPoll(await this.campaigns.requireVisible(user, id));
  }

  /** The poll's rules belong to whoever may manage the campaign (its owner unit is in their scope). */
  async requireOwnPoll(user: AuthUser, id: string): Promise<CampaignInScope> {
    return asPoll(await this.campaigns.requireManageable(user, id));
  }

  async canManage(user: AuthUser, id: string): Promise<boolean> {
    return this.campaigns.requireManageable(user, id).then(
      () => true,
      () => false,
    );
  }

  /** A village of the poll inside the caller's scope: 400 unknown or not a village, 403 outside. */
  async requireVillage(user: AuthUser, poll: CampaignInScope, code: string, field = 'villageCode'): Promise<AdministrativeUnit> {
    const village = await this.units.requireVillageInScope(code, user, field);
    if (!coversUnit(poll, village.path)) throw outOfScope(field);
    return village;
  }
}

function asPoll(campaign: CampaignInScope): CampaignInScope {
  if (campaign.kind !== 'satisfaction_poll') throw notFound('Poll');
  return campaign;
}

export function requireNotFinalised(poll: CampaignInScope): void {
  if (poll.status === 'finalised') throw invalidTransition('Đợt lấy ý kiến đã chốt số liệu: cần hủy chốt trước khi thay đổi.');
}

/** Forms are taken only while the poll is open and today lies in its window. */
export function requireCollecting(poll: Pick<CampaignInScope, 'status' | 'opensOn' | 'closesOn'>): void {
  if (!acceptsResponses(poll, vietnamToday())) {
    throw new DomainError('CAMPAIGN_NOT_OPEN', `Đợt lấy ý kiến chỉ nhận phiếu khi đang mở, từ ngày ${poll.opensOn} đến ngày ${poll.closesOn}.`);
  }
}
