import { CreateUnitsAndAccounts1763800000000 } from './1763800000000-CreateUnitsAndAccounts';
import { CreateSurveyEngine1763900000000 } from './1763900000000-CreateSurveyEngine';

/** Listed explicitly (not globbed) so the compiled app, the CLI and the tests run the same set. */
export const MIGRATIONS = [CreateUnitsAndAccounts1763800000000, CreateSurveyEngine1763900000000];
