import { Injectable } from '@nestjs/common';
import { type ExclusionRule, NO_EXCLUSION } from '@ntm/shared';

/**
 * The NTM exclusion rule a province has set. Its setting belongs to the review procedure (branch
 * `review`, exclusionRule(provinceCode)); until that lands every province excludes nobody, and a
 * request may still ask for another rule to compare.
 */
@Injectable()
export class NtmExclusionRules {
  forProvince(_provinceCode: string | null): Promise<ExclusionRule> {
    return Promise.resolve(NO_EXCLUSION);
  }
}
