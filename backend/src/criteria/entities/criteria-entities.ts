import { CriteriaClosedYear } from './criteria-closed-year.entity';
import { CriteriaEvaluation } from './criteria-evaluation.entity';
import { CriteriaEvidence } from './criteria-evidence.entity';
import { CriteriaIndicatorResult } from './criteria-indicator-result.entity';
import { CriteriaManualValue } from './criteria-manual-value.entity';
import { CriteriaProvinceSet } from './criteria-province-set.entity';
import { CriteriaTarget } from './criteria-target.entity';
import { CriteriaThreshold } from './criteria-threshold.entity';

export const CRITERIA_ENTITIES = [CriteriaThreshold, CriteriaProvinceSet, CriteriaTarget, CriteriaClosedYear, CriteriaEvidence, CriteriaManualValue, CriteriaEvaluation, CriteriaIndicatorResult];
