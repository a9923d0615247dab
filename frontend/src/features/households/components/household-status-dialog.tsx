import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canChangeHouseholdStatus, HOUSEHOLD_STATUSES, type HouseholdDto, type HouseholdStatus, vietnamToday } from '@ntm/shared';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { fieldErrorsOf } from '../../../lib/api-client';
import { type StatusChange, useStatusChange } from '../hooks/use-status-change';

type Props = { household: HouseholdDto; onDone: (message: string | null) => void };

/** Records a move, a merger, a dissolution or a return, with the date it took effect and why. */
export function HouseholdStatusDialog({ household, onDone }: Props) {
  const { t } = useTranslation();
  const targets = HOUSEHOLD_STATUSES.filter((s) => canChangeHouseholdStatus(household.status, s));
  const [value, setValue] = useState<StatusChange>({ status: targets[0]!, effectiveOn: vietnamToday(), reason: '', mergedIntoCode: '' });
  const change = useStatusChange(household);
  const errors = fieldErrorsOf(change.error);
  const confirm = () =>
    change.mutate(value, { onSuccess: (saved) => onDone(t('households.statusChanged', { status: t(`households.statuses.${saved.status}`) })) });

  return (
    <ConfirmDialog
      open
      title={t('households.statusTitle', { code: household.code })}
      confirmLabel={t('households.changeStatus')}
      mutation={{ ...change, error: errors.mergedIntoCode || errors.effectiveOn || errors.reason ? null : change.error }}
      onConfirm={confirm}
      onCancel={() => onDone(null)}
    >
      <SelectField
        label={t('households.newStatus')}
        value={value.status}
        options={targets.map((s) => ({ value: s, label: t(`households.statuses.${s}`) }))}
        onChange={(e) => setValue({ ...value, status: e.target.value as HouseholdStatus })}
      />
      {value.status === 'merged' ? (
        <TextField
          label={t('households.mergedIntoCode')}
          hint={t('households.mergedIntoHint')}
          required
          value={value.mergedIntoCode}
          error={errors.mergedIntoCode ?? errors.mergedIntoId}
          onChange={(e) => setValue({ ...value, mergedIntoCode: e.target.value })}
        />
      ) : null}
      <TextField label={t('households.effectiveOn')} type="date" required max={vietnamToday()} value={value.effectiveOn} error={errors.effectiveOn} onChange={(e) => setValue({ ...value, effectiveOn: e.target.value })} />
      <TextAreaField label={t('households.reason')} required rows={3} value={value.reason} error={errors.reason} onChange={(e) => setValue({ ...value, reason: e.target.value })} />
    </ConfirmDialog>
  );
}
