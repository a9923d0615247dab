import { useTranslation } from 'react-i18next';
import { CAMPAIGN_KINDS, CAMPAIGN_STATUSES, type CampaignKind, type CampaignStatus } from '@ntm/shared';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';

export type CampaignFilterValue = { status: CampaignStatus | ''; kind: CampaignKind | ''; year: string };

type Props = { value: CampaignFilterValue; onChange: (value: CampaignFilterValue) => void };

export function CampaignFilters({ value, onChange }: Props) {
  const { t } = useTranslation();
  const all = { value: '', label: t('campaigns.all') };
  return (
    <div role="search" className="field-row filters" aria-label={t('campaigns.filters')}>
      <SelectField
        label={t('campaigns.status')}
        value={value.status}
        options={[all, ...CAMPAIGN_STATUSES.map((status) => ({ value: status, label: t(`campaigns.statuses.${status}`) }))]}
        onChange={(event) => onChange({ ...value, status: event.target.value as CampaignFilterValue['status'] })}
      />
      <SelectField
        label={t('campaigns.kind')}
        value={value.kind}
        options={[all, ...CAMPAIGN_KINDS.map((kind) => ({ value: kind, label: t(`campaigns.kinds.${kind}`) }))]}
        onChange={(event) => onChange({ ...value, kind: event.target.value as CampaignFilterValue['kind'] })}
      />
      <TextField
        label={t('campaigns.year')}
        type="number"
        min={2000}
        max={2100}
        value={value.year}
        onChange={(event) => onChange({ ...value, year: event.target.value })}
      />
    </div>
  );
}
