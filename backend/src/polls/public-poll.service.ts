import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normalisePollCode, type PollFormSaved, type PublicPollForm } from '@ntm/shared';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { conflict, DomainError } from '../common/errors/domain-error';
import { PublishedDefinitions } from '../forms/published-definitions';
import { requireCollecting } from './poll-access.service';
import { PollAnswers } from './poll-answers';
import { hashPollCode } from './poll-codes';
import { insertPollForm } from './poll-form-insert';
import { PublicPollThrottle } from './public-poll-throttle';

type TokenRow = {
  usedAt: Date | null;
  campaignId: string;
  pollName: string;
  status: 'draft' | 'open' | 'closed' | 'finalised';
  opensOn: string;
  closesOn: string;
  formVersionId: string;
  issuedBy: string;
  villageCode: string;
  villageName: string;
  villagePath: string;
  communeName: string;
};

const unknownCode = () => new DomainError('NOT_FOUND', 'Mã phiếu không đúng. Vui lòng kiểm tra lại mã in trên phiếu.');
const usedCode = () => conflict('Mã này đã được dùng để gửi ý kiến. Mỗi hộ chỉ trả lời một lần.');

/** The form a household opens with its one-time code, without logging in; sending it burns the code. */
@Injectable()
export class PublicPollService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly definitions: PublishedDefinitions,
    private readonly answers: PollAnswers,
    private readonly throttle: PublicPollThrottle,
  ) {}

  async form(address: string, code: string): Promise<PublicPollForm> {
    const token = await this.usable(address, code);
    return { pollName: token.pollName, villageName: token.villageName, communeName: token.communeName, closesOn: token.closesOn, definition: await this.definitions.get(token.formVersionId) };
  }

  /** Burns the code and stores the answers in one transaction; the response keeps the village, the
   * mode and the code's issuer as collector, and nothing that leads back to the code. */
  async submit(address: string, code: string, answers: Record<string, unknown>): Promise<PollFormSaved> {
    const token = await this.usable(address, code);
    await this.answers.check(token.formVersionId, answers);
    return this.dataSource.transaction(async (manager) => {
      const [burnt]: unknown[][] = await manager.query(`UPDATE poll_token SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL RETURNING village_code`, [hashPollCode(normalisePollCode(code)!)]);
      if (!burnt?.length) throw usedCode();
      const village = { code: token.villageCode, path: token.villagePath, name: token.villageName };
      return insertPollForm(manager, { id: randomUUID(), campaignId: token.campaignId, formVersionId: token.formVersionId, village, answers, mode: 'door_to_door', batchId: null, collectorId: token.issuedBy });
    });
  }

  private async usable(address: string, code: string): Promise<TokenRow> {
    this.throttle.hit(address);
    const normalised = normalisePollCode(code);
    const [token]: TokenRow[] = normalised
      ? await this.dataSource.query(
          `SELECT t.used_at AS "usedAt", c.id AS "campaignId", c.name AS "pollName", c.status, c.opens_on::text AS "opensOn", c.closes_on::text AS "closesOn",
                  c.form_version_id AS "formVersionId", t.issued_by AS "issuedBy", v.code AS "villageCode", v.name AS "villageName",
                  v.path AS "villagePath", p.name AS "communeName"
             FROM poll_token t JOIN campaign c ON c.id = t.campaign_id JOIN administrative_unit v ON v.code = t.village_code
             JOIN administrative_unit p ON p.code = v.parent_code
            WHERE t.token_hash = $1`,
          [hashPollCode(normalised)],
        )
      : [];
    if (!token) {
      this.throttle.miss(address);
      throw unknownCode();
    }
    if (token.usedAt) throw usedCode();
    requireCollecting(token);
    return token;
  }
}
