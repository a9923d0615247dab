import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PAGE_SIZE_MAX, vietnamToday } from '@ntm/shared';
import { FormActions } from '../../../components/ui/form-actions';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { fieldErrorsOf } from '../../../lib/api-client';
import { useVillageHouseholds } from '../api/list-village-households';
import { useRecordComplaint } from '../api/village-steps';

/** Records a complaint received during the posting, about a household of the list. */
export function ComplaintForm({ campaignId, villageCode }: { campaignId: string; villageCode: string }) {
  const { t } = useTranslation();
  const households = useVillageHouseholds(campaignId, villageCode, 1, PAGE_SIZE_MAX);
  const record = useRecordComplaint(campaignId, villageCode);
  const [householdId, setHouseholdId] = useState('');
  const [content, setContent] = useState('');
  const [receivedOn, setReceivedOn] = useState(vietnamToday());
  const errors = fieldErrorsOf(record.error);
  const options = (households.data?.items ?? []).map((item) => ({ value: item.household.id, label: `${item.household.code} · ${item.household.headName}` }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    record.mutate({ householdId, content: content.trim(), receivedOn }, { onSuccess: () => setContent('') });
  };

  return (
    <form className="form-grid" onSubmit={onSubmit} aria-labelledby="complaint-form-title">
      <h4 id="complaint-form-title" className="form-wide">{t('povertyReview.complaints.add')}</h4>
      <SelectField
        label={t('povertyReview.complaints.household')}
        required
        value={householdId}
        error={errors.householdId}
        options={[{ value: '', label: t('povertyReview.complaints.choose') }, ...options]}
        onChange={(event) => setHouseholdId(event.target.value)}
      />
      <TextField label={t('povertyReview.complaints.receivedOn')} type="date" required value={receivedOn} error={errors.receivedOn} onChange={(e) => setReceivedOn(e.target.value)} />
      <TextAreaField className="form-wide" label={t('povertyReview.complaints.content')} required rows={3} value={content} onChange={(e) => setContent(e.target.value)} />
      <FormActions mutation={record} shownFields={['householdId', 'receivedOn']} submitLabel={t('povertyReview.complaints.add')} />
    </form>
  );
}
