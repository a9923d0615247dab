import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignDto } from '@ntm/shared';
import { FormActions } from '../../../components/ui/form-actions';
import { TextField } from '../../../components/ui/text-field';
import { fieldErrorsOf } from '../../../lib/api-client';
import { useCreateAssignment } from '../api/create-assignment';
import { EnumeratorField } from './enumerator-field';
import { VillageField } from './village-field';

const SHOWN_FIELDS = ['enumeratorId', 'unitCode', 'expectedHouseholds'];

type Props = { campaign: CampaignDto; onCancel: () => void; onCreated: (message: string) => void };

export function AssignmentCreateForm({ campaign, onCancel, onCreated }: Props) {
  const { t } = useTranslation();
  const mutation = useCreateAssignment(campaign.id);
  const [enumeratorId, setEnumeratorId] = useState('');
  const [unitCode, setUnitCode] = useState('');
  const [expected, setExpected] = useState('');
  const [missing, setMissing] = useState(false);
  const errors = fieldErrorsOf(mutation.error);
  const unpicked = (value: string) => (missing && !value ? t('campaigns.pickOne') : undefined);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMissing(!enumeratorId || !unitCode);
    if (!enumeratorId || !unitCode) return;
    const expectedHouseholds = expected.trim() === '' ? null : Number(expected);
    mutation.mutate(
      { enumeratorId, unitCode, expectedHouseholds },
      {
        onSuccess: (assignment) =>
          onCreated(t('campaigns.assignedNotice', { name: assignment.enumerator.fullName, village: assignment.unit.name })),
      },
    );
  };

  return (
    <form className="card form-grid" onSubmit={onSubmit} aria-labelledby="assignment-create-title">
      <h3 id="assignment-create-title">{t('campaigns.addAssignment')}</h3>
      <div>
        <EnumeratorField
          campaignId={campaign.id}
          value={enumeratorId}
          error={errors.enumeratorId ?? unpicked(enumeratorId)}
          onChange={setEnumeratorId}
        />
      </div>
      <div>
        <VillageField campaign={campaign} value={unitCode} error={errors.unitCode ?? unpicked(unitCode)} onChange={setUnitCode} />
      </div>
      <TextField
        label={t('campaigns.expectedHouseholds')}
        hint={t('campaigns.expectedHint')}
        type="number"
        min={0}
        inputMode="numeric"
        value={expected}
        error={errors.expectedHouseholds}
        onChange={(event) => setExpected(event.target.value)}
      />
      <FormActions mutation={mutation} shownFields={SHOWN_FIELDS} submitLabel={t('campaigns.assign')} onCancel={onCancel} />
    </form>
  );
}
