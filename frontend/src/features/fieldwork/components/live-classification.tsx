import { useTranslation } from 'react-i18next';
import type { Model } from 'survey-core';
import type { ReviewContext } from '@ntm/shared';
import { AssessmentSummary } from '../../../components/poverty/assessment-summary';
import { useLiveAssessment } from '../hooks/use-live-assessment';

/** The household's class as the enumerator fills the form, kept in view (sticky) on a phone too. */
export function LiveClassification({ model, context }: { model: Model; context: ReviewContext }) {
  const { t } = useTranslation();
  const assessment = useLiveAssessment(model, context);
  return (
    <aside className="live-classification" aria-labelledby="live-class-title">
      <h2 id="live-class-title">{t('fieldwork.live.title')}</h2>
      <div role="status" aria-live="polite">
        <AssessmentSummary assessment={assessment} />
      </div>
      <p className="muted live-hint">{t('fieldwork.live.hint')}</p>
    </aside>
  );
}
