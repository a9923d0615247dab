import { useEffect, useState } from 'react';
import type { Model } from 'survey-core';
import { assessHouseholdReview, type ReviewAssessmentDto, type ReviewContext, toReviewAssessmentDto } from '@ntm/shared';

/** Typing in a number changes the value on every key: classify once the answers settle a moment. */
const SETTLE_MS = 120;

function assess(model: Model, context: ReviewContext): ReviewAssessmentDto {
  return toReviewAssessmentDto(assessHouseholdReview(model.data as Record<string, unknown>, context));
}

/** The household's class, recomputed from the survey model's answers whenever one changes, with the
 * shared rules the server applies on submission. The answers stay in the model; only the result is state. */
export function useLiveAssessment(model: Model, context: ReviewContext): ReviewAssessmentDto {
  const [assessment, setAssessment] = useState(() => assess(model, context));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setAssessment(assess(model, context)), SETTLE_MS);
    };
    update();
    model.onValueChanged.add(update);
    model.onDynamicPanelRemoved.add(update);
    return () => {
      clearTimeout(timer);
      model.onValueChanged.remove(update);
      model.onDynamicPanelRemoved.remove(update);
    };
  }, [model, context]);
  return assessment;
}
