import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { POSTING_WORKING_DAYS_MAX, POSTING_WORKING_DAYS_MIN, type ReviewSettings, type ReviewSettingsDto } from '@ntm/shared';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { FormActions } from '../../../components/ui/form-actions';
import { Notice } from '../../../components/ui/notice';
import { TextField } from '../../../components/ui/text-field';
import { fieldErrorsOf } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { useUpdateReviewSettings } from '../api/review-settings';

type Flag = Exclude<keyof ReviewSettings, 'postingWorkingDays'>;
const FLAGS: Flag[] = ['districtOpinion', 'excludeSocialProtection', 'excludeImpoverishedByShock'];

export function ReviewSettingsForm({ settings }: { settings: ReviewSettingsDto }) {
  const { t } = useTranslation();
  const update = useUpdateReviewSettings(settings.provinceCode);
  const [days, setDays] = useState(String(settings.postingWorkingDays));
  const [flags, setFlags] = useState<Record<Flag, boolean>>({
    districtOpinion: settings.districtOpinion,
    excludeSocialProtection: settings.excludeSocialProtection,
    excludeImpoverishedByShock: settings.excludeImpoverishedByShock,
  });
  const [notice, setNotice] = useState<string | null>(null);
  const status = (key: keyof ReviewSettings): ReactNode => <span className="field-hint">{t(`povertyReview.settings.${settings.notes[key].status}`)}: {settings.notes[key].note}</span>;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.mutate({ postingWorkingDays: Number(days), ...flags }, { onSuccess: () => setNotice(t('povertyReview.settings.saved')) });
  };

  return (
    <form className="card" onSubmit={onSubmit} aria-label={t('povertyReview.settings.title')}>
      <Notice>{notice}</Notice>
      <p className="muted">
        {settings.isDefault
          ? t('povertyReview.settings.isDefault')
          : t('povertyReview.settings.updated', { time: formatDateTime(settings.updatedAt), name: settings.updatedBy?.fullName ?? '' })}
      </p>
      <TextField
        label={t('povertyReview.settings.postingWorkingDays')}
        type="number"
        min={POSTING_WORKING_DAYS_MIN}
        max={POSTING_WORKING_DAYS_MAX}
        required
        value={days}
        hint={status('postingWorkingDays')}
        error={fieldErrorsOf(update.error).postingWorkingDays}
        onChange={(event) => setDays(event.target.value)}
      />
      {FLAGS.map((flag) => (
        <div key={flag}>
          <CheckboxField label={t(`povertyReview.settings.${flag}`)} checked={flags[flag]} onChange={(event) => setFlags({ ...flags, [flag]: event.target.checked })} />
          <p>{status(flag)}</p>
        </div>
      ))}
      <FormActions mutation={update} shownFields={['postingWorkingDays']} submitLabel={t('common.save')} />
    </form>
  );
}
