import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IssuedTokens } from '@ntm/shared';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AuditLog } from '../audit/audit-log';
import { conflict, invalidTransition } from '../common/errors/domain-error';
import type { IssueTokensDto } from './dto/poll.dto';
import { PollToken } from './entities/poll-token.entity';
import { PollAccess } from './poll-access.service';
import { hashPollCode, newPollCode } from './poll-codes';
import { villageTally } from './poll-form-insert';

/** One-time codes for answering on a device, one per household, issued by village and printed on
 * slips. The codes are returned once and only their hashes are stored. */
@Injectable()
export class PollTokensService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PollAccess,
    private readonly audit: AuditLog,
  ) {}

  async issue(user: AuthUser, pollId: string, dto: IssueTokensDto): Promise<IssuedTokens> {
    const poll = await this.access.requirePoll(user, pollId);
    if (poll.status !== 'draft' && poll.status !== 'open') throw invalidTransition('Chỉ phát mã khi đợt lấy ý kiến chưa đóng.');
    const village = await this.access.requireVillage(user, poll, dto.villageCode);
    const { households } = await villageTally(this.dataSource.manager, pollId, village.code);
    if (households === null) throw conflict(`Thôn ${village.name} chưa có số hộ: cần nhập số hộ trước khi phát mã.`);
    if (dto.count > households) throw conflict(`Thôn ${village.name} có ${households} hộ: không phát quá ${households} mã một lần.`, [{ field: 'count', reason: `tối đa ${households}` }]);
    const codes = Array.from({ length: dto.count }, newPollCode);
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(PollToken, codes.map((code) => ({ campaignId: pollId, villageCode: village.code, tokenHash: hashPollCode(code), issuedBy: user.id })));
      await this.audit.record(manager, { entityType: 'campaign', entityId: pollId, action: 'poll_tokens', actorId: user.id, comment: `${village.code}: ${dto.count}` });
    });
    return { villageCode: village.code, villageName: village.name, pollName: poll.name, closesOn: poll.closesOn, codes };
  }
}
