import { useState } from 'react';
import type { FormVersionDto } from '@ntm/shared';
import { loadSurvey } from '../../../components/survey/survey-model';
import { SurveyView } from '../../../components/survey/survey-view';

type Props = { version: FormVersionDto; answers: Record<string, unknown> };

/** A response shown read-only, all questions on one page, with the version it was filled with.
 * The parent keys it by version and revision, so the model is built once per content. */
export function FilledForm({ version, answers }: Props) {
  const [model] = useState(() => {
    const { model: built } = loadSurvey(version.definition);
    built.questionsOnPageMode = 'singlePage';
    built.data = answers;
    built.readOnly = true;
    return built;
  });
  return <SurveyView model={model} />;
}
