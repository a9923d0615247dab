import { CreateUnitsAndAccounts1763800000000 } from './1763800000000-CreateUnitsAndAccounts';
import { CreateSurveyEngine1763900000000 } from './1763900000000-CreateSurveyEngine';
import { CreateHouseholdRegistry1764000000000 } from './1764000000000-CreateHouseholdRegistry';
import { ExtendHouseholdRegistry1764050000001 } from './1764050000001-ExtendHouseholdRegistry';
import { LinkResponsesToHouseholds1764050000002 } from './1764050000002-LinkResponsesToHouseholds';
import { CreateHouseholdAssessments1764100000000 } from './1764100000000-CreateHouseholdAssessments';
import { CreatePovertyIndicators1764180000000 } from './1764180000000-CreatePovertyIndicators';
import { CreatePovertyReview1764150000000 } from './1764150000000-CreatePovertyReview';
import { CreateSatisfactionPolls1764200000000 } from './1764200000000-CreateSatisfactionPolls';
import { CreateProxyScoringTables1764300000000 } from './1764300000000-CreateProxyScoringTables';
import { AddCriteriaNoDataReason1764500000000 } from './1764500000000-AddCriteriaNoDataReason';
import { CreateCriteriaScores1764400000000 } from './1764400000000-CreateCriteriaScores';

/** Listed explicitly (not globbed) so the compiled app, the CLI and the tests run the same set. */
export const MIGRATIONS = [
  CreateUnitsAndAccounts1763800000000,
  CreateSurveyEngine1763900000000,
  CreateHouseholdRegistry1764000000000,
  ExtendHouseholdRegistry1764050000001,
  LinkResponsesToHouseholds1764050000002,
  CreateHouseholdAssessments1764100000000,
  CreatePovertyReview1764150000000,
  CreatePovertyIndicators1764180000000,
  CreateSatisfactionPolls1764200000000,
  CreateProxyScoringTables1764300000000,
  CreateCriteriaScores1764400000000,
  AddCriteriaNoDataReason1764500000000,
];
