import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyDefinition } from '@ntm/shared';
import { loadSurvey } from '../../../components/survey/survey-model';
import { SurveyView } from '../../../components/survey/survey-view';

type Props = { definition: SurveyDefinition; readOnly?: boolean };

/** The form as respondents will see it, in Vietnamese, with what survey-core could not load. */
export function SurveyPreview({ definition, readOnly = false }: Props) {
  const { t } = useTranslation();
  const { model, errors } = useMemo(() => {
    const loaded = loadSurvey(definition);
    // A preview is never submitted: completing it would only replace the form by a thank-you page.
    loaded.model.showCompleteButton = false;
    loaded.model.readOnly = readOnly;
    return loaded;
  }, [definition, readOnly]);

  return (
    <div className="survey-preview">
      {errors.length > 0 ? (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">{t('forms.surveyErrors')}</p>
          <ul>
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <SurveyView model={model} />
    </div>
  );
}
