import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { canChangeHouseholdStatus, HOUSEHOLD_STATUS_LABELS_VI, type HouseholdDto, type HouseholdStatus, isWithinScope, vietnamToday } from '@ntm/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import type { AuthUser } from '../auth/auth-user';
import { invalid, invalidTransition } from '../common/errors/domain-error';
import type { ChangeHouseholdStatusDto } from './dto/household.dto';
import { staleHousehold } from './household-input';
import { HouseholdScope } from './household-scope';
import { HouseholdsService } from './households.service';

type LockedHousehold = { id: string; status: HouseholdStatus; revision: number; communeCode: string; villagePath: string };

/** Moving away, merging into another household, dissolving, and coming back: the household
 * keeps its record, and the history says when, why and who recorded it. */
@Injectable()
export class HouseholdStatusService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: HouseholdScope,
    private readonly reader: HouseholdsService,
    private readonly audit: AuditLog,
  ) {}

  async change(user: AuthUser, id: string, dto: ChangeHouseholdStatusDto): Promise<HouseholdDto> {
    await this.scope.requireWritable(user, id);
    checkRequest(id, dto, vietnamToday());
    return this.dataSource.transaction(async (manager) => {
      // Both households, locked in one order, so two merges the other way round cannot deadlock.
      const locked: LockedHousehold[] = await manager.query(
        `SELECT id, status, revision, commune_code AS "communeCode", village_path AS "villagePath"
           FROM household WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
        [[id, dto.mergedIntoId].filter(Boolean)],
      );
      const household = locked.find((h) => h.id === id)!;
      if (dto.revision !== undefined && dto.revision !== household.revision) throw staleHousehold(await this.reader.dto(manager, id));
      if (!canChangeHouseholdStatus(household.status, dto.status)) {
        throw invalidTransition(`Không thể chuyển hộ từ "${HOUSEHOLD_STATUS_LABELS_VI[household.status]}" sang "${HOUSEHOLD_STATUS_LABELS_VI[dto.status]}"`);
      }
      const target = locked.find((h) => h.id === dto.mergedIntoId);
      if (dto.mergedIntoId && !(target && target.status === 'active' && target.communeCode === household.communeCode && isWithinScope(target.villagePath, user.scopePath))) {
        throw invalid('mergedIntoId', 'Phải là một hộ khác đang cư trú trong cùng xã');
      }
      await checkAfterLastChange(manager, id, dto.effectiveOn);
      await this.write(manager, user, household, dto);
      return this.reader.dto(manager, id);
    });
  }

  private async write(manager: EntityManager, user: AuthUser, household: LockedHousehold, dto: ChangeHouseholdStatusDto): Promise<void> {
    const mergedIntoId = dto.mergedIntoId ?? null;
    await manager.query(`UPDATE household SET status = $2, merged_into_id = $3, revision = revision + 1, updated_at = now() WHERE id = $1`, [household.id, dto.status, mergedIntoId]);
    await manager.query(
      `INSERT INTO household_status_change (household_id, from_status, to_status, effective_on, reason, merged_into_id, actor_id) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [household.id, household.status, dto.status, dto.effectiveOn, dto.reason, mergedIntoId, user.id],
    );
    await this.audit.record(manager, { entityType: 'household', entityId: household.id, action: 'status', actorId: user.id, fromStatus: household.status, toStatus: dto.status, comment: dto.reason });
  }
}

function checkRequest(id: string, dto: ChangeHouseholdStatusDto, today: string): void {
  if (dto.effectiveOn > today) throw invalid('effectiveOn', 'Ngày hiệu lực không được sau ngày hôm nay');
  if (dto.status === 'merged' && !dto.mergedIntoId) throw invalid('mergedIntoId', 'Bắt buộc khi nhập vào hộ khác');
  if (dto.status !== 'merged' && dto.mergedIntoId) throw invalid('mergedIntoId', 'Chỉ dùng khi nhập vào hộ khác');
  if (dto.mergedIntoId === id) throw invalid('mergedIntoId', 'Không thể nhập hộ vào chính nó');
}

/** The history reads in order: a change cannot take effect before the one it follows (the
 * registration aside: a household entered today may have moved last month). */
async function checkAfterLastChange(manager: EntityManager, id: string, effectiveOn: string): Promise<void> {
  const [{ last }]: { last: string | null }[] = await manager.query(
    `SELECT to_char(max(effective_on), 'YYYY-MM-DD') AS last FROM household_status_change WHERE household_id = $1 AND from_status IS NOT NULL`,
    [id],
  );
  if (last && effectiveOn < last) throw invalid('effectiveOn', `Không được trước ngày của lần thay đổi trước (${last})`);
}
