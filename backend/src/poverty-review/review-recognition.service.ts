import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { householdMovement, type PovertyClass, type RecognitionDto, type ResponseStatus, VILLAGE_STAGE_LABELS_VI, type VillageStage } from '@ntm/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import type { AuthUser } from '../auth/auth-user';
import { conflict, DomainError } from '../common/errors/domain-error';
import { IndicatorRefresher } from '../poverty-indicators/indicator-refresher';
import type { RecogniseDto } from './dto/recognition.dto';
import type { ReviewVillage } from './entities/review-village.entity';
import { requireNotFuture } from './review-dates';
import { ReviewReader } from './review-reader.service';
import { type CommuneScope, ReviewScope } from './review-scope.service';
import { ReviewVillages } from './review-villages';

type TakingVillage = ReviewVillage & { name: string; listed: number };
type Candidate = {
  householdId: string;
  code: string;
  headName: string;
  villageCode: string;
  unitPath: string;
  status: ResponseStatus | null;
  povertyClass: PovertyClass | null;
  previousClass: PovertyClass | null;
  everPoorBefore: boolean;
};

const notReady = (message: string, details: { field: string; reason: string }[]) => new DomainError('INVALID_TRANSITION', message, details);

/**
 * The commune chairman's recognition (Decision 24/2021 art. 4(1)(đ)): once every village with
 * listed households is ready, each listed household's class is recognised for the campaign's year,
 * with last year's class and the movement between them, all in one transaction.
 */
@Injectable()
export class ReviewRecognitionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ReviewScope,
    private readonly villages: ReviewVillages,
    private readonly reader: ReviewReader,
    private readonly audit: AuditLog,
    private readonly indicators: IndicatorRefresher,
  ) {}

  async recognise(user: AuthUser, campaignId: string, communeCode: string, dto: RecogniseDto): Promise<RecognitionDto> {
    requireNotFuture('decidedOn', dto.decidedOn);
    const scope = await this.scope.commune(user, campaignId, communeCode);
    ReviewScope.requireWritable(scope);
    await this.dataSource.transaction(async (manager) => {
      const villages = await this.readyVillages(manager, scope);
      const households = await this.recognisable(manager, villages, scope.campaign.year);
      const [{ id }]: { id: string }[] = await manager.query(
        `INSERT INTO poverty_review_decision (campaign_id, commune_code, year, decision_number, decided_on, decided_by, households)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [scope.campaign.id, scope.commune.code, scope.campaign.year, dto.decisionNumber, dto.decidedOn, user.id, households.length],
      );
      await this.write(manager, scope, households, dto.decidedOn);
      // The year's movements now count in the commune's indicators, in the same transaction.
      await this.indicators.refreshArea(manager, scope.campaign.id, scope.commune.path);
      for (const village of villages) await this.villages.move(manager, user, village, 'recognise', { districtOpinion: false }, dto.decisionNumber);
      await this.audit.record(manager, { entityType: 'review_decision', entityId: id, action: 'recognise', actorId: user.id, comment: `${dto.decisionNumber}: ${households.length} hộ` });
    });
    return (await this.reader.recognition(scope))!;
  }

  /** The villages with listed households, locked; 409 naming those not ready (e.g. before their meeting). */
  private async readyVillages(manager: EntityManager, scope: CommuneScope): Promise<TakingVillage[]> {
    const [decided]: unknown[] = await manager.query(`SELECT 1 FROM poverty_review_decision WHERE campaign_id = $1 AND commune_code = $2`, [scope.campaign.id, scope.commune.code]);
    if (decided) throw conflict('Xã đã có quyết định công nhận trong đợt rà soát này.');
    const villages: TakingVillage[] = await manager.query(
      `SELECT v.id, v.village_code AS "villageCode", v.stage, u.name,
              (SELECT count(*) FROM poverty_review_household h WHERE h.review_village_id = v.id)::int AS listed
         FROM poverty_review_village v JOIN administrative_unit u ON u.code = v.village_code
        WHERE v.campaign_id = $1 AND v.commune_code = $2 ORDER BY v.unit_path FOR UPDATE OF v`,
      [scope.campaign.id, scope.commune.code],
    );
    const taking = villages.filter((v) => v.listed > 0);
    if (taking.length === 0) throw notReady('Chưa thể công nhận: xã chưa có thôn nào có hộ trong danh sách rà soát.', []);
    const waiting = taking.filter((v) => v.stage !== 'ready');
    if (waiting.length > 0) {
      const label = (stage: VillageStage) => VILLAGE_STAGE_LABELS_VI[stage];
      throw notReady(
        `Chưa thể công nhận: ${waiting.map((v) => `${v.name} đang ở bước "${label(v.stage)}"`).join('; ')}. Các thôn phải họp thôn và niêm yết công khai xong trước khi xã công nhận.`,
        waiting.map((v) => ({ field: `villages.${v.villageCode}`, reason: label(v.stage) })),
      );
    }
    return taking;
  }

  /** Every listed household with an approved, classified form; 409 naming the others. */
  private async recognisable(manager: EntityManager, villages: TakingVillage[], year: number): Promise<Candidate[]> {
    const households: Candidate[] = await manager.query(
      `SELECT h.household_id AS "householdId", hh.code, hh.head_name AS "headName", v.village_code AS "villageCode", v.unit_path AS "unitPath",
              r.status, a.poverty_class AS "povertyClass", p.poverty_class AS "previousClass",
              EXISTS (SELECT 1 FROM household_recognition e WHERE e.household_id = h.household_id AND e.year < $2 AND e.poverty_class = 'poor') AS "everPoorBefore"
         FROM poverty_review_household h
         JOIN poverty_review_village v ON v.id = h.review_village_id
         JOIN household hh ON hh.id = h.household_id
         LEFT JOIN survey_response r ON r.campaign_id = h.campaign_id AND r.household_id = h.household_id
         LEFT JOIN household_assessment a ON a.response_id = r.id
         LEFT JOIN household_recognition p ON p.household_id = h.household_id AND p.year = $2
        WHERE v.id = ANY($1) ORDER BY hh.code`,
      [villages.map((v) => v.id), year - 1],
    );
    const blocked = households.filter((h) => h.status !== 'approved' || !h.povertyClass || h.povertyClass === 'incomplete');
    if (blocked.length > 0) {
      throw notReady(
        `Chưa thể công nhận: ${blocked.length} hộ chưa đủ thông tin để phân loại: ${blocked.map((h) => `${h.code} (${h.headName})`).join(', ')}.`,
        blocked.map((h) => ({ field: `households.${h.code}`, reason: h.povertyClass === 'incomplete' && h.status === 'approved' ? 'chưa đủ thông tin' : 'chưa có phiếu được duyệt' })),
      );
    }
    return households;
  }

  private async write(manager: EntityManager, scope: CommuneScope, households: Candidate[], decidedOn: string): Promise<void> {
    const column = <K extends keyof Candidate>(key: K) => households.map((h) => h[key]);
    await manager.query(
      `INSERT INTO household_recognition (household_id, year, campaign_id, village_code, unit_path, poverty_class, previous_class, movement, source, recognised_on)
       SELECT t.household_id, $7, $8, t.village_code, t.unit_path, t.poverty_class, t.previous_class, t.movement, 'campaign', $9
         FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[], $6::varchar[])
              AS t(household_id, village_code, unit_path, poverty_class, previous_class, movement)
       ON CONFLICT (household_id, year) DO UPDATE SET campaign_id = EXCLUDED.campaign_id, village_code = EXCLUDED.village_code, unit_path = EXCLUDED.unit_path,
         poverty_class = EXCLUDED.poverty_class, previous_class = EXCLUDED.previous_class, movement = EXCLUDED.movement, source = 'campaign', recognised_on = EXCLUDED.recognised_on`,
      [
        column('householdId'),
        column('villageCode'),
        column('unitPath'),
        column('povertyClass'),
        column('previousClass'),
        households.map((h) => householdMovement(h.previousClass, h.povertyClass!, h.everPoorBefore)),
        scope.campaign.year,
        scope.campaign.id,
        decidedOn,
      ],
    );
  }
}
