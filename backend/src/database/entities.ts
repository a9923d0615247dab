import { Account } from '../accounts/entities/account.entity';
import { Assignment } from '../assignments/entities/assignment.entity';
import { AuditEntry } from '../audit/entities/audit-entry.entity';
import { PersonalDataExport } from '../audit/entities/personal-data-export.entity';
import { RefreshToken } from '../auth/entities/refresh-token.entity';
import { Campaign } from '../campaigns/entities/campaign.entity';
import { CampaignUnit } from '../campaigns/entities/campaign-unit.entity';
import { Household } from '../households/entities/household.entity';
import { HouseholdMember } from '../households/entities/household-member.entity';
import { HouseholdStatusChange } from '../households/entities/household-status-change.entity';
import { HouseholdAssessment } from '../poverty-review/entities/household-assessment.entity';
import { HouseholdRecognition } from '../poverty-review/entities/household-recognition.entity';
import { PovertyReviewSetting } from '../poverty-review/entities/poverty-review-setting.entity';
import { ReviewComplaint } from '../poverty-review/entities/review-complaint.entity';
import { ReviewDecision } from '../poverty-review/entities/review-decision.entity';
import { ReviewHousehold } from '../poverty-review/entities/review-household.entity';
import { ReviewMeeting } from '../poverty-review/entities/review-meeting.entity';
import { ReviewPosting } from '../poverty-review/entities/review-posting.entity';
import { ReviewVillage } from '../poverty-review/entities/review-village.entity';
import { PovertyIndicator } from '../poverty-indicators/entities/poverty-indicator.entity';
import { FormVersion } from '../forms/entities/form-version.entity';
import { SurveyForm } from '../forms/entities/survey-form.entity';
import { SurveyResponse } from '../responses/entities/survey-response.entity';
import { AdministrativeUnit } from '../units/entities/administrative-unit.entity';
import { ProxyScoringTableVersion } from '../proxy-tables/entities/proxy-scoring-table.entity';
import { POLL_ENTITIES } from '../polls/entities/poll-entities';

export const ENTITIES = [AdministrativeUnit, Account, RefreshToken, SurveyForm, FormVersion, Campaign, CampaignUnit, Assignment, SurveyResponse, AuditEntry, Household, HouseholdMember, HouseholdStatusChange, HouseholdAssessment, HouseholdRecognition,
  PovertyReviewSetting, ReviewVillage, ReviewHousehold, ReviewMeeting, ReviewPosting, ReviewComplaint, ReviewDecision, ...POLL_ENTITIES, PersonalDataExport, PovertyIndicator, ProxyScoringTableVersion];
