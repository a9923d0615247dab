import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HouseholdMemberDto, MyAssignmentDto, RecognitionFact, WorkPackageDto, WorkPackageHousehold, WorkPackageVillage } from '@ntm/shared';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { CampaignsService } from '../campaigns/campaigns.service';
import { FormsService } from '../forms/forms.service';
import { type HouseholdDetailRow, toHouseholdDto } from '../households/households.mapper';
import { EffectiveProxyTables } from '../proxy-tables/effective-proxy-tables';
import { AssignmentsService } from './assignments.service';
import { WORK_PACKAGE_HOUSEHOLDS } from './work-package.sql';

type PackageHouseholdRow = HouseholdDetailRow & { members: HouseholdMemberDto[]; recognitions: RecognitionFact[] };

/** "Tải việc của tôi": the caller's open assignments with everything needed to fill their forms offline. */
@Injectable()
export class WorkPackageService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly assignments: AssignmentsService,
    private readonly campaigns: CampaignsService,
    private readonly forms: FormsService,
    private readonly proxyTables: EffectiveProxyTables,
  ) {}

  async forEnumerator(user: AuthUser): Promise<WorkPackageDto> {
    const assignments = await this.assignments.mine(user);
    const campaignIds = unique(assignments.map((a) => a.campaignId));
    const versionIds = unique(assignments.map((a) => a.formVersionId));
    const [campaigns, formVersions, villages, households] = await Promise.all([
      Promise.all(campaignIds.map((id) => this.campaigns.dto(id))),
      Promise.all(versionIds.map((id) => this.forms.version(user, id))),
      this.villages(assignments),
      this.households(unique(assignments.map((a) => a.unit.code))),
    ]);
    return { generatedAt: new Date().toISOString(), assignments, campaigns, formVersions, villages, households };
  }

  private async villages(assignments: readonly MyAssignmentDto[]): Promise<WorkPackageVillage[]> {
    const byCode = new Map(assignments.map((a) => [a.unit.code, a]));
    const rows: { code: string; path: string }[] = await this.dataSource.query(`SELECT code, path FROM administrative_unit WHERE code = ANY($1::varchar[]) ORDER BY code`, [[...byCode.keys()]]);
    return Promise.all(
      rows.map(async ({ code, path }) => {
        const { source, table } = await this.proxyTables.forPath(path);
        const assignment = byCode.get(code)!;
        return { code, name: assignment.unit.name, area: assignment.area, proxyTableSource: source, proxyTable: table };
      }),
    );
  }

  private async households(villageCodes: string[]): Promise<WorkPackageHousehold[]> {
    if (villageCodes.length === 0) return [];
    const rows: PackageHouseholdRow[] = await this.dataSource.query(WORK_PACKAGE_HOUSEHOLDS, [villageCodes]);
    return rows.map(({ members, recognitions, ...row }) => {
      const { history: _history, ...household } = toHouseholdDto(row, members, []);
      return { ...household, recognitions };
    });
  }
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
