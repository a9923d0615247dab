import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MANUAL_LISTING_REASONS, type ManualListingReason } from '@ntm/shared';
import { FormActions } from '../../../components/ui/form-actions';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { fieldErrorsOf } from '../../../lib/api-client';
import { useAddHousehold } from '../api/village-steps';

type Props = { campaignId: string; villageCode: string; onAdded: (message: string) => void };

/** Adds a household of the village's registry that asked to be reviewed or was flagged. */
export function AddHouseholdForm({ campaignId, villageCode, onAdded }: Props) {
  const { t } = useTranslation();
  const add = useAddHousehold(campaignId, villageCode);
  const [householdCode, setHouseholdCode] = useState('');
  const [reason, setReason] = useState<ManualListingReason>('requested');
  const [note, setNote] = useState('');
  const errors = fieldErrorsOf(add.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = householdCode.trim();
    add.mutate({ householdCode: code, reason, note: note.trim() || undefined }, { onSuccess: () => {
      setHouseholdCode('');
      setNote('');
      onAdded(t('povertyReview.households.added', { code }));
    } });
  };

  return (
    <form className="form-grid" onSubmit={onSubmit} aria-labelledby="add-household-title">
      <h4 id="add-household-title" className="form-wide">{t('povertyReview.households.add')}</h4>
      <TextField label={t('povertyReview.households.householdCode')} required value={householdCode} error={errors.householdCode} onChange={(event) => setHouseholdCode(event.target.value)} />
      <SelectField
        label={t('povertyReview.households.addReason')}
        value={reason}
        options={MANUAL_LISTING_REASONS.map((value) => ({ value, label: t(`povertyReview.reasons.${value}`) }))}
        onChange={(event) => setReason(event.target.value as ManualListingReason)}
      />
      <TextField className="form-wide" label={t('povertyReview.households.note')} value={note} onChange={(event) => setNote(event.target.value)} />
      <FormActions mutation={add} shownFields={['householdCode']} submitLabel={t('povertyReview.households.add')} />
    </form>
  );
}
