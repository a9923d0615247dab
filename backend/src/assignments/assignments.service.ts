import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AssignmentDto, isReviewedKind, isWithinScope, type MyAssignmentDto, type Page, type PersonRef } from '@ntm/shared';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { type CampaignInScope, CampaignsService, coversUnit } from '../campaigns/campaigns.service';
import { invalid, invalidTransition, notFound } from '../common/errors/domain-error';
import { pageWindow } from '../common/pagination/page-query.dto';
import { escapeLike } from '../common/sql/escape-like';
import { UnitsService } from '../units/units.service';
import { type AssignmentRow, toAssignmentDto } from './assignments.mapper';
import { ASSIGNMENT_SELECT } from './assignments.sql';
import type { CreateAssignmentDto, EnumeratorQueryDto } from './dto/assignment.dto';
import { Assignment } from './entities/assignment.entity';

type CampaignFields = Pick<MyAssignmentDto, 'campaignName' | 'campaignKind' | 'campaignStatus' | 'formVersionId' | 'opensOn' | 'closesOn'>;

@Injectable()
export class AssignmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly campaigns: CampaignsService,
    private readonly units: UnitsService,
  ) {}

  /** The campaign's assignments in villages inside the caller's scope. */
  async list(user: AuthUser, campaignId: string, query: { page?: number; pageSize?: number }): Promise<Page<AssignmentDto>> {
    await this.campaigns.requireVisible(user, campaignId);
    const window = pageWindow(query);
    const where = `WHERE a.campaign_id = $1 AND starts_with(v.path, $2)`;
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(`${ASSIGNMENT_SELECT} ${where} ORDER BY v.path, e.username LIMIT $3 OFFSET $4`, [campaignId, user.scopePath, window.pageSize, window.offset]),
      this.dataSource.query(`SELECT count(*)::int AS total FROM assignment a JOIN administrative_unit v ON v.code = a.unit_code ${where}`, [campaignId, user.scopePath]),
    ]);
    return { items: (rows as AssignmentRow[]).map(toAssignmentDto), total, page: window.page, pageSize: window.pageSize };
  }

  /** The caller's own villages in campaigns that are taking responses. */
  async mine(user: AuthUser): Promise<MyAssignmentDto[]> {
    const rows: (AssignmentRow & CampaignFields)[] = await this.dataSource.query(
      `SELECT q.*, c.name AS "campaignName", c.kind AS "campaignKind", c.status AS "campaignStatus", c.form_version_id AS "formVersionId",
              to_char(c.opens_on, 'YYYY-MM-DD') AS "opensOn", to_char(c.closes_on, 'YYYY-MM-DD') AS "closesOn"
         FROM (${ASSIGNMENT_SELECT} WHERE a.enumerator_id = $1) q
         JOIN campaign c ON c.id = q."campaignId"
        WHERE c.status = 'open'
        ORDER BY c.closes_on, q."unitCode"`,
      [user.id],
    );
    return rows.map((row) => {
      const { campaignName, campaignKind, campaignStatus, formVersionId, opensOn, closesOn, ...assignment } = row;
      return { ...toAssignmentDto(assignment), campaignName, campaignKind, campaignStatus, formVersionId, opensOn, closesOn };
    });
  }

  async create(user: AuthUser, campaignId: string, dto: CreateAssignmentDto): Promise<AssignmentDto> {
    const campaign = await this.requireAssignable(user, campaignId);
    const village = await this.units.requireInScope(dto.unitCode, user, 'unitCode');
    if (village.type !== 'village') throw invalid('unitCode', 'must be a village');
    if (!coversUnit(campaign, village.path)) throw invalid('unitCode', 'is outside the campaign scope');
    const enumerator = await this.enumeratorFor(dto.enumeratorId, village.path);
    const { identifiers } = await this.dataSource
      .getRepository(Assignment)
      .insert({ campaignId, unitCode: village.code, enumeratorId: enumerator.id, expectedHouseholds: dto.expectedHouseholds ?? null, createdBy: user.id });
    const [row] = await this.dataSource.query(`${ASSIGNMENT_SELECT} WHERE a.id = $1`, [identifiers[0]!.id]);
    return toAssignmentDto(row as AssignmentRow);
  }

  async remove(user: AuthUser, campaignId: string, assignmentId: string): Promise<void> {
    await this.requireAssignable(user, campaignId);
    const [, affected]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM assignment a USING administrative_unit v
        WHERE a.id = $1 AND a.campaign_id = $2 AND v.code = a.unit_code AND starts_with(v.path, $3)`,
      [assignmentId, campaignId, user.scopePath],
    );
    if (!affected) throw notFound('Assignment');
  }

  /** Active enumerators in the caller's scope who work inside the campaign's units. */
  async enumerators(user: AuthUser, campaignId: string, query: EnumeratorQueryDto): Promise<Page<PersonRef & { unitCode: string }>> {
    const campaign = await this.campaigns.requireVisible(user, campaignId);
    const window = pageWindow(query);
    const params = [user.scopePath, campaign.unitPaths, `%${escapeLike(query.q ?? '')}%`];
    const from = `FROM account e JOIN administrative_unit u ON u.code = e.unit_code
      WHERE e.role = 'enumerator' AND NOT e.disabled AND starts_with(u.path, $1)
        AND EXISTS (SELECT 1 FROM unnest($2::text[]) s(path) WHERE starts_with(u.path, s.path) OR starts_with(s.path, u.path))
        AND (e.username ILIKE $3 OR e.full_name ILIKE $3)`;
    const [items, [{ total }]] = await Promise.all([
      this.dataSource.query(`SELECT e.id, e.username, e.full_name AS "fullName", e.unit_code AS "unitCode" ${from} ORDER BY e.username LIMIT $4 OFFSET $5`, [
        ...params,
        window.pageSize,
        window.offset,
      ]),
      this.dataSource.query(`SELECT count(*)::int AS total ${from}`, params),
    ]);
    return { items, total, page: window.page, pageSize: window.pageSize };
  }

  private async requireAssignable(user: AuthUser, campaignId: string): Promise<CampaignInScope> {
    const campaign = await this.campaigns.requireVisible(user, campaignId);
    if (!isReviewedKind(campaign.kind)) throw invalidTransition('Only household campaigns have assignments');
    if (campaign.status === 'finalised') throw invalidTransition('The campaign is finalised');
    return campaign;
  }

  /** The enumerator must be active and bound to a unit that holds the village, or they could not file its forms. */
  private async enumeratorFor(enumeratorId: string, villagePath: string): Promise<PersonRef> {
    const [account]: (PersonRef & { role: string; disabled: boolean; path: string })[] = await this.dataSource.query(
      `SELECT e.id, e.username, e.full_name AS "fullName", e.role, e.disabled, u.path FROM account e JOIN administrative_unit u ON u.code = e.unit_code WHERE e.id = $1`,
      [enumeratorId],
    );
    if (!account || account.role !== 'enumerator' || account.disabled) throw invalid('enumeratorId', 'must be an active enumerator account');
    if (!isWithinScope(villagePath, account.path)) throw invalid('enumeratorId', "the village is outside this enumerator's unit");
    return account;
  }
}
