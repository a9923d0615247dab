import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CAMPAIGN_KINDS, type CampaignDto, type CampaignKind, type CreateCampaignRequest, type UnitRef } from '@ntm/shared';
import { FormActions } from '../../../components/ui/form-actions';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { fieldErrorsOf } from '../../../lib/api-client';
import { toDateInput } from '../../../lib/format';
import { CampaignPeriodFields } from './campaign-period-fields';
import { FormVersionPicker } from './form-version-picker';
import { UnitScopePicker } from './unit-scope-picker';

export type CampaignFormValue = Omit<CreateCampaignRequest, 'unitCodes'> & { formId: string; units: UnitRef[] };

const SHOWN_FIELDS = ['name', 'kind', 'formVersionId', 'year', 'round', 'roundsPerYear', 'opensOn', 'closesOn', 'unitCodes'];

export function newCampaignValue(): CampaignFormValue {
  const year = new Date().getFullYear();
  const base = { name: '', kind: 'household_review' as const, formId: '', formVersionId: '' };
  return { ...base, year, round: 1, roundsPerYear: 1, opensOn: '', closesOn: '', units: [] };
}

export function campaignValueOf(campaign: CampaignDto): CampaignFormValue {
  const { name, kind, formId, formVersionId, year, round, roundsPerYear, units } = campaign;
  const dates = { opensOn: toDateInput(campaign.opensOn), closesOn: toDateInput(campaign.closesOn) };
  return { name, kind, formId, formVersionId, year, round, roundsPerYear, units, ...dates };
}

type Props = {
  initial: CampaignFormValue;
  heading: string;
  submitLabel: string;
  mutation: { error: unknown; isPending: boolean };
  onSubmit: (request: CreateCampaignRequest) => void;
  onCancel: () => void;
};

/** Name, kind, form version, period and scope of a campaign, for creating or editing a draft. */
export function CampaignForm({ initial, heading, submitLabel, mutation, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [value, setValue] = useState(initial);
  const [scopeMissing, setScopeMissing] = useState(false);
  const errors = fieldErrorsOf(mutation.error);
  const set = useCallback((patch: Partial<CampaignFormValue>) => setValue((current) => ({ ...current, ...patch })), []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { formId: _formId, units, ...rest } = value;
    setScopeMissing(units.length === 0);
    if (units.length === 0) return;
    onSubmit({ ...rest, name: rest.name.trim(), unitCodes: units.map((unit) => unit.code) });
  };

  return (
    <form className="card form-grid" onSubmit={submit} aria-labelledby="campaign-form-title">
      <h2 id="campaign-form-title">{heading}</h2>
      <TextField
        label={t('campaigns.name')}
        required
        className="form-wide"
        value={value.name}
        error={errors.name}
        onChange={(event) => set({ name: event.target.value })}
      />
      <SelectField
        label={t('campaigns.kind')}
        className="form-wide"
        value={value.kind}
        error={errors.kind}
        options={CAMPAIGN_KINDS.map((kind) => ({ value: kind, label: t(`campaigns.kinds.${kind}`) }))}
        onChange={(event) => set({ kind: event.target.value as CampaignKind })}
      />
      <FormVersionPicker formId={value.formId} formVersionId={value.formVersionId} error={errors.formVersionId} onChange={set} />
      <CampaignPeriodFields value={value} errors={errors} onChange={set} />
      <UnitScopePicker
        units={value.units}
        error={scopeMissing ? t('campaigns.scopeRequired') : errors.unitCodes}
        onChange={(units) => set({ units })}
      />
      <FormActions mutation={mutation} shownFields={SHOWN_FIELDS} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
