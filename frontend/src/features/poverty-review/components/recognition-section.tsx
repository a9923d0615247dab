import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RECOGNITION_LISTS, vietnamToday, type RecognitionDto } from '@ntm/shared';
import { DataTable } from '../../../components/ui/data-table';
import { FormActions } from '../../../components/ui/form-actions';
import { Notice } from '../../../components/ui/notice';
import { TextField } from '../../../components/ui/text-field';
import { fieldErrorsOf } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { useRecognise } from '../api/village-steps';
import { useReviewRoles } from '../hooks/use-review-roles';

type Props = { campaignId: string; communeCode: string; recognition: RecognitionDto | null };

/** The commune chairman's decision: recorded by an admin once every village is ready. */
export function RecognitionSection({ campaignId, communeCode, recognition }: Props) {
  const { t } = useTranslation();
  const { canRecognise } = useReviewRoles();
  return (
    <section className="page-section" aria-labelledby="recognition-title">
      <h2 id="recognition-title">{t('povertyReview.recognition.title')}</h2>
      {recognition ? <Decision recognition={recognition} /> : <p className="muted">{t('povertyReview.recognition.none')}</p>}
      {!recognition && canRecognise ? <RecogniseForm campaignId={campaignId} communeCode={communeCode} /> : null}
    </section>
  );
}

function Decision({ recognition }: { recognition: RecognitionDto }) {
  const { t } = useTranslation();
  return (
    <>
      <dl className="attributes">
      <dt>{t('povertyReview.recognition.decisionNumber')}</dt>
      <dd>{recognition.decisionNumber}</dd>
      <dt>{t('povertyReview.recognition.decidedOn')}</dt>
      <dd>{formatDate(recognition.decidedOn)}</dd>
      <dt>{t('povertyReview.recognition.decidedBy')}</dt>
      <dd>{recognition.decidedBy.fullName}</dd>
      <dt>{t('povertyReview.recognition.households')}</dt>
      <dd>{recognition.households}</dd>
      </dl>
      <DataTable caption={t('povertyReview.recognition.lists')} headers={[t('povertyReview.recognition.lists'), t('povertyReview.recognition.count')]}>
        {RECOGNITION_LISTS.map((list) => (
          <tr key={list}>
            <th scope="row">{t(`povertyReview.lists.${list}`)}</th>
            <td>{recognition.counts[list]}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}

function RecogniseForm({ campaignId, communeCode }: { campaignId: string; communeCode: string }) {
  const { t } = useTranslation();
  const recognise = useRecognise(campaignId, communeCode);
  const [decisionNumber, setDecisionNumber] = useState('');
  const [decidedOn, setDecidedOn] = useState(vietnamToday());
  const [notice, setNotice] = useState<string | null>(null);
  const errors = fieldErrorsOf(recognise.error);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    recognise.mutate({ decisionNumber: decisionNumber.trim(), decidedOn }, { onSuccess: (done) => setNotice(t('povertyReview.recognition.done', { number: done.decisionNumber })) });
  };
  return (
    <form className="card form-grid" onSubmit={onSubmit} aria-label={t('povertyReview.recognition.submit')}>
      <Notice>{notice}</Notice>
      <p className="field-hint form-wide">{t('povertyReview.recognition.hint')}</p>
      <TextField label={t('povertyReview.recognition.decisionNumber')} required maxLength={50} value={decisionNumber} error={errors.decisionNumber} onChange={(e) => setDecisionNumber(e.target.value)} />
      <TextField label={t('povertyReview.recognition.decidedOn')} type="date" required max={vietnamToday()} value={decidedOn} error={errors.decidedOn} onChange={(e) => setDecidedOn(e.target.value)} />
      <FormActions mutation={recognise} shownFields={['decisionNumber', 'decidedOn']} submitLabel={t('povertyReview.recognition.submit')} />
    </form>
  );
}
