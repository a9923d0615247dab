// The fontless sheet: the full one fetches web fonts, which field devices often cannot reach.
import 'survey-core/survey-core.fontless.css';
import type { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';

/** The one place survey-react-ui renders a model; callers own the model and its events. */
export function SurveyView({ model }: { model: Model }) {
  return (
    <div className="survey-view">
      <Survey model={model} />
    </div>
  );
}
