import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { PublicPollForm } from '@ntm/shared';
import { loadSurvey } from '../../../components/survey/survey-model';
import { SurveyView } from '../../../components/survey/survey-view';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { LanguageSwitch } from '../../../components/ui/language-switch';
import { Loading } from '../../../components/ui/loading';
import { formatDate } from '../../../lib/format';
import { usePublicPoll, useSubmitPublicPoll } from '../api/public-poll';

/** /khao-sat/:code — a household answers on its own phone, without an account. */
export function PublicPollPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const poll = usePublicPoll(code);
  return (
    <div className="login-shell">
      <div className="login-header">
        <strong>{t('polls.public.title')}</strong>
        <LanguageSwitch />
      </div>
      <main id="main" className="login-card public-poll">
        <title>{t('polls.public.title')}</title>
        {poll.isPending ? <Loading /> : null}
        <ErrorAlert error={poll.error} />
        {poll.data ? <PublicPollForm key={code} code={code} poll={poll.data} /> : null}
      </main>
    </div>
  );
}

function PublicPollForm({ code, poll }: { code: string; poll: PublicPollForm }) {
  const { t } = useTranslation();
  const submit = useSubmitPublicPoll(code);
  const [model] = useState(() => {
    const { model: built } = loadSurvey(poll.definition);
    built.showCompleteButton = false;
    return built;
  });
  if (submit.isSuccess) {
    return <p className="alert alert-success" role="status">{t('polls.public.thanks')}</p>;
  }
  return (
    <>
      <h1>{poll.pollName}</h1>
      <p className="muted">{t('polls.public.intro', { village: poll.villageName, commune: poll.communeName, date: formatDate(poll.closesOn) })}</p>
      <p>{t('polls.public.anonymous')}</p>
      <SurveyView model={model} />
      <ErrorAlert error={submit.error} />
      <button type="button" className="button button-primary button-block" disabled={submit.isPending} onClick={() => model.validate(true, true) && submit.mutate(model.data as Record<string, unknown>)}>
        {submit.isPending ? t('app.processing') : t('polls.public.submit')}
      </button>
    </>
  );
}
