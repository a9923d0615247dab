import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useUser } from '../../../lib/session';
import { useCreateHousehold } from '../api/save-household';
import { useVillageOptions } from '../hooks/use-village-options';
import { HouseholdForm } from './household-form';
import { emptyMember } from './member-fields';

/** /households/new?unit=… — registers a household in a village of the unit's commune. */
export function HouseholdCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const user = useUser();
  const unit = params.get('unit') || user.unitCode;
  const villages = useVillageOptions(unit);
  const mutation = useCreateHousehold();
  const back = `/households?unit=${encodeURIComponent(unit)}`;
  return (
    <section className="page page-narrow" aria-labelledby="household-create-title">
      <title>{`${t('households.createTitle')} · ${t('app.name')}`}</title>
      <p>
        <Link to={back}>{t('households.backToList')}</Link>
      </p>
      <h1 id="household-create-title">{t('households.createTitle')}</h1>
      <HouseholdForm
        key={villages.length}
        initial={{ villageCode: villages.some((v) => v.value === unit) ? unit : '', code: '', address: '', members: [emptyMember('head')] }}
        heading={t('households.details')}
        submitLabel={t('households.create')}
        villages={villages}
        withCode
        mutation={mutation}
        onSubmit={(request) => mutation.mutate(request, { onSuccess: (saved) => navigate(`/households/${saved.id}`, { state: { notice: t('households.createdNotice', { code: saved.code }) } }) })}
        onCancel={() => navigate(back)}
      />
    </section>
  );
}
