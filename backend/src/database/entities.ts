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
import { FormVersion } from '../forms/entities/form-version.entity';
import { SurveyForm } from '../forms/entities/survey-form.entity';
import { SurveyResponse } from '../responses/entities/survey-response.entity';
import { AdministrativeUnit } from '../units/entities/administrative-unit.entity';

export const ENTITIES = [AdministrativeUnit, Account, RefreshToken, SurveyForm, FormVersion, Campaign, CampaignUnit, Assignment, SurveyResponse, AuditEntry, Household, HouseholdMember, HouseholdStatusChange, PersonalDataExport];
