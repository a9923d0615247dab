import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ErrorBody, isEditable, type FormVersionDto, type HouseholdDto, type ResponseDto, type ReviewContext, type SaveStatus } from '@ntm/shared';
import { loadSurvey } from '../../../components/survey/survey-model';
import { SurveyView } from '../../../components/survey/survey-view';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Notice } from '../../../components/ui/notice';
import { ApiError } from '../../../lib/api-client';
import { useSaveResponse } from '../api/save-response';
import { LiveClassification } from './live-classification';
import { rulesReadForm } from './review-context';
import { answersOf, householdAnswers, showServerErrors } from './survey-answers';

type ResponseTarget = { campaignId: string; responseId: string; unitCode: string; householdId?: string };

type Props = {
  version: FormVersionDto;
  response: ResponseDto | undefined;
  /** For a new form: the household of the registry whose known facts fill its first answers. */
  household?: HouseholdDto;
  target: ResponseTarget;
  /** The campaign's form key and reference date (the answer of a `reference_date` question). */
  campaign: { formKey: string; referenceDate: string };
  /** What the poverty rules classify the answers under, live, when they apply to this campaign. */
  review: ReviewContext | null;
  onSaved: () => void;
  onLocked: (error: ApiError) => void;
  /** Why the server refused the form stored on the device, when it was sent from the queue: shown to fix. */
  refusal?: ErrorBody | null;
};

/** The SurveyJS form of one response. The model is built once (the parent keys this component by
 * form version) and holds the answers; our buttons replace SurveyJS's own Complete button. */
export function ResponseEditor({ version, response, household, target, campaign, review, onSaved, onLocked, refusal }: Props) {
  const { t } = useTranslation();
  const [model] = useState(() => {
    const { model: built } = loadSurvey(version.definition);
    built.showCompleteButton = false;
    built.showTitle = false;
    // A draft may be half done: moving between pages must not be blocked; "Nộp phiếu" validates all.
    built.checkErrorsMode = 'onComplete';
    if (response) built.data = response.answers;
    else if (household) built.data = householdAnswers(built, household);
    // Ages are taken on the campaign's date, the one the server classifies with, not on the day of filling.
    if (built.getQuestionByName('reference_date') && (!response || isEditable(response.status))) built.setValue('reference_date', campaign.referenceDate);
    return built;
  });
  const [rulesApply] = useState(() => rulesReadForm(campaign.formKey, model));
  const save = useSaveResponse({ campaignId: target.campaignId, responseId: target.responseId, formVersionId: version.id, openedRevision: response?.revision ?? null });
  const [shownFields, setShownFields] = useState<string[]>([]);
  const [incomplete, setIncomplete] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const editable = !response || isEditable(response.status);

  useEffect(() => {
    model.readOnly = !editable;
  }, [model, editable]);

  // Only the refusal found on opening: a refusal of a save made here is shown by that save's error.
  const [openedRefusal] = useState(() => (refusal ? new ApiError(refusal) : null));
  useEffect(() => {
    if (openedRefusal) setShownFields(showServerErrors(model, openedRefusal.body.details ?? []));
  }, [model, openedRefusal]);

  const send = (status: SaveStatus) => {
    setNotice(null);
    const { unitCode, householdId } = target;
    save.mutate(
      { unitCode, householdId, status, answers: answersOf(model) },
      {
        onSuccess: ({ queued }) => {
          setNotice(t(queued ? 'offline.savedOnDevice' : status === 'draft' ? 'fieldwork.draftSaved' : 'fieldwork.submitted'));
          onSaved();
        },
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'RESPONSE_LOCKED') onLocked(error);
          else setShownFields(error instanceof ApiError ? showServerErrors(model, error.body.details ?? []) : []);
        },
      },
    );
  };
  const saveDraft = () => {
    setIncomplete(false);
    send('draft');
  };
  const submit = () => {
    const valid = model.validate(true, true);
    setIncomplete(!valid);
    if (valid) send('submitted');
  };

  return (
    <>
      {review && rulesApply ? <LiveClassification model={model} context={review} /> : null}
      <SurveyView model={model} />
      <Notice>{notice}</Notice>
      {editable ? (
        <div className="runner-actions">
          {incomplete ? (
            <p className="alert alert-error" role="alert">
              {t('fieldwork.incomplete')}
            </p>
          ) : null}
          <ErrorAlert error={save.error ?? (save.isIdle ? openedRefusal : null)} shownFields={shownFields} />
          <div className="form-actions">
            <button type="button" className="button" disabled={save.isPending} onClick={saveDraft}>
              {t('fieldwork.saveDraft')}
            </button>
            <button type="button" className="button button-primary" disabled={save.isPending} onClick={submit}>
              {save.isPending ? t('app.processing') : t('fieldwork.submit')}
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
