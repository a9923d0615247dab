import { useTranslation } from 'react-i18next';
import { ROUNDS_PER_YEAR, type CampaignPeriod } from '@ntm/shared';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';

type PeriodValue = CampaignPeriod & { opensOn: string; closesOn: string };

type Props = { value: PeriodValue; errors: Record<string, string>; onChange: (patch: Partial<PeriodValue>) => void };

/** Year, rounds per year, round and the dates the campaign takes responses. */
export function CampaignPeriodFields({ value, errors, onChange }: Props) {
  const { t } = useTranslation();
  const rounds = Array.from({ length: value.roundsPerYear }, (_, index) => index + 1);
  return (
    <>
      <div className="field-row">
        <TextField
          label={t('campaigns.year')}
          type="number"
          required
          min={2000}
          max={2100}
          value={String(value.year)}
          error={errors.year}
          onChange={(event) => onChange({ year: Number(event.target.value) })}
        />
        <SelectField
          label={t('campaigns.roundsPerYear')}
          value={String(value.roundsPerYear)}
          error={errors.roundsPerYear}
          options={ROUNDS_PER_YEAR.map((count) => ({ value: String(count), label: t('campaigns.roundsPerYearOption', { count }) }))}
          onChange={(event) => {
            const roundsPerYear = Number(event.target.value);
            onChange({ roundsPerYear, round: Math.min(value.round, roundsPerYear) });
          }}
        />
        <SelectField
          label={t('campaigns.round')}
          value={String(value.round)}
          error={errors.round}
          options={rounds.map((round) => ({ value: String(round), label: t('campaigns.roundOption', { round }) }))}
          onChange={(event) => onChange({ round: Number(event.target.value) })}
        />
      </div>
      <div className="field-row">
        <TextField
          label={t('campaigns.opensOn')}
          type="date"
          required
          value={value.opensOn}
          error={errors.opensOn}
          onChange={(event) => onChange({ opensOn: event.target.value })}
        />
        <TextField
          label={t('campaigns.closesOn')}
          type="date"
          required
          min={value.opensOn || undefined}
          value={value.closesOn}
          error={errors.closesOn}
          onChange={(event) => onChange({ closesOn: event.target.value })}
        />
      </div>
    </>
  );
}
