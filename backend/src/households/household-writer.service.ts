import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type HouseholdDto, type HouseholdMemberInput, vietnamToday } from '@ntm/shared';
import { DataSource } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import type { AuthUser } from '../auth/auth-user';
import { invalid } from '../common/errors/domain-error';
import type { CreateHouseholdDto, UpdateHouseholdDto } from './dto/household.dto';
import { checkedHousehold, householdSnapshot, staleHousehold } from './household-input';
import { HouseholdScope } from './household-scope';
import { HouseholdsService } from './households.service';
import { insertHouseholds, sqlOf, updateHouseholds } from './write-households';

/** Registering and editing households: each write and its audit entry in one transaction. */
@Injectable()
export class HouseholdWriter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: HouseholdScope,
    private readonly reader: HouseholdsService,
    private readonly audit: AuditLog,
  ) {}

  /** A duplicate code in the commune is refused by uq_household_code (409). */
  async create(user: AuthUser, dto: CreateHouseholdDto): Promise<HouseholdDto> {
    const village = await this.scope.requireVillage(user, dto.villageCode, 'villageCode');
    const today = vietnamToday();
    const { headName, members } = checkedHousehold(dto.headName, dto.members, today);
    const record = { communeCode: village.communeCode, villageCode: village.code, villagePath: village.path, code: dto.code, headName, address: dto.address || null, members };
    return this.dataSource.transaction(async (manager) => {
      const [id] = await insertHouseholds(sqlOf(manager), [record], user.id, today);
      await this.audit.record(manager, { entityType: 'household', entityId: id!, action: 'create', actorId: user.id, toStatus: 'active' });
      return this.reader.dto(manager, id!);
    });
  }

  /** Optimistic: `revision` must be the household's current one, or 409 with the current household. */
  async update(user: AuthUser, id: string, dto: UpdateHouseholdDto): Promise<HouseholdDto> {
    const access = await this.scope.requireWritable(user, id);
    const village = dto.villageCode ? await this.scope.requireVillage(user, dto.villageCode, 'villageCode') : null;
    if (village && village.communeCode !== access.communeCode) throw invalid('villageCode', 'Chỉ chuyển được sang thôn khác trong cùng xã');
    const checked = dto.members ? checkedHousehold(dto.headName, dto.members, vietnamToday()) : null;
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT 1 FROM household WHERE id = $1 FOR UPDATE`, [id]);
      const current = await this.reader.dto(manager, id);
      if (current.revision !== dto.revision) throw staleHousehold(current);
      const { headName, members } = checked ?? withHeadName(current.members, dto.headName);
      await updateHouseholds(sqlOf(manager), [id], [{
        communeCode: current.communeCode,
        villageCode: village?.code ?? access.villageCode,
        villagePath: village?.path ?? access.villagePath,
        code: current.code,
        headName,
        address: dto.address === undefined ? current.address : dto.address || null,
        members,
      }]);
      await this.audit.record(manager, { entityType: 'household', entityId: id, action: 'update', actorId: user.id, previousAnswers: householdSnapshot(current) });
      return this.reader.dto(manager, id);
    });
  }
}

/** Without a new member list, a new head's name renames the head member, so both stay one. */
function withHeadName(members: readonly HouseholdMemberInput[], headName: string | undefined): { headName: string; members: HouseholdMemberInput[] } {
  const name = headName?.trim() || members[0]!.fullName;
  return { headName: name, members: members.map((member, index) => (index === 0 ? { ...member, fullName: name } : member)) };
}
