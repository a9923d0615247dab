import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TextField } from '../../../components/ui/text-field';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { useUser } from '../../../lib/session';
import { useReviewSettings } from '../api/review-settings';
import { ReviewSettingsForm } from './review-settings-form';

/** A province's settings of the review (posting length, district step, NTM exclusions), for its admins. */
export function ReviewSettingsPage() {
  const { t } = useTranslation();
  const user = useUser();
  // A province admin's unit is the province; others type the province code.
  const [provinceCode, setProvinceCode] = useState(/^\d{2}$/.test(user.unitCode) ? user.unitCode : '');
  const [draft, setDraft] = useState(provinceCode);
  const settings = useReviewSettings(provinceCode);

  return (
    <section className="page page-narrow" aria-labelledby="review-settings-title">
      <title>{`${t('povertyReview.settings.title')} · ${t('app.name')}`}</title>
      <p>
        <Link to="/poverty-review">{t('povertyReview.backToCampaigns')}</Link>
      </p>
      <h1 id="review-settings-title">{t('povertyReview.settings.title')}</h1>
      <form
        className="toolbar"
        onSubmit={(event) => {
          event.preventDefault();
          setProvinceCode(draft.trim());
        }}
      >
        <TextField label={t('povertyReview.settings.province')} value={draft} onChange={(event) => setDraft(event.target.value)} />
        <button type="submit" className="button">
          {t('povertyReview.settings.load')}
        </button>
      </form>
      {provinceCode && settings.isPending ? <Loading /> : null}
      <ErrorAlert error={settings.error} />
      {settings.data ? <ReviewSettingsForm key={`${settings.data.provinceCode}-${settings.data.updatedAt}`} settings={settings.data} /> : null}
    </section>
  );
}
