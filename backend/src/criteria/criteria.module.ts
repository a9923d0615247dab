import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { PovertyReviewModule } from '../poverty-review/poverty-review.module';
import { AdministrativeUnit } from '../units/entities/administrative-unit.entity';
import { UnitsModule } from '../units/units.module';
import { CriteriaCatalog } from './catalog/criteria-catalog';
import { CriteriaAccess } from './criteria-access';
import { CriteriaSettingsController } from './criteria-settings.controller';
import { CriteriaValuesController } from './criteria-values.controller';
import { CriteriaReadsController } from './criteria-reads.controller';
import { CriteriaTargetsController } from './criteria-targets.controller';
import { CriteriaExporter } from './exports/criteria-export.service';
import { DashboardService } from './reads/dashboard.service';
import { ReadTargets } from './reads/read-target';
import { TraceService } from './reads/trace.service';
import { UnitPageService } from './reads/unit-page.service';
import { ClosedYearsService } from './targets/closed-years.service';
import { TargetsService } from './targets/targets.service';
import { CriteriaRecomputeService } from './recompute/criteria-recompute.service';
import { CriteriaRecomputer } from './recompute/criteria-recomputer';
import { CriteriaTriggers } from './recompute/criteria-triggers';
import { CriteriaOwnSetsService } from './sets/criteria-own-sets.service';
import { CriteriaSetsService } from './sets/criteria-sets.service';
import { CriteriaThresholdsService } from './sets/criteria-thresholds.service';
import { EvidenceService } from './values/evidence.service';
import { ManualValuesService } from './values/manual-values.service';

/** Commune criteria scores (issue 6): sets and thresholds, manual values with evidence, the
 * recompute from finalised campaigns, the commune page, the dashboard, targets and downloads. */
@Module({
  imports: [TypeOrmModule.forFeature([AdministrativeUnit]), AuditModule, CampaignsModule, UnitsModule, PovertyReviewModule],
  controllers: [CriteriaSettingsController, CriteriaValuesController, CriteriaReadsController, CriteriaTargetsController],
  providers: [
    CriteriaAccess,
    CriteriaCatalog,
    CriteriaRecomputer,
    CriteriaTriggers,
    CriteriaRecomputeService,
    CriteriaSetsService,
    CriteriaThresholdsService,
    CriteriaOwnSetsService,
    ManualValuesService,
    EvidenceService,
    ReadTargets,
    UnitPageService,
    TraceService,
    DashboardService,
    TargetsService,
    ClosedYearsService,
    CriteriaExporter,
  ],
})
export class CriteriaModule {}
