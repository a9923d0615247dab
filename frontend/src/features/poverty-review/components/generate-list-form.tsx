import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { canEditList, LIST_SOURCES, type ListSource, type VillageReviewSummary } from '@ntm/shared';
import { FormActions } from '../../../components/ui/form-actions';
import { Notice } from '../../../components/ui/notice';
import { SelectField } from '../../../components/ui/select-field';
import { useGenerateList } from '../api/village-steps';

type Props = { campaignId: string; communeCode: string; villages: VillageReviewSummary[] };

/** Draws up the lists from last year's poor and near-poor households, or from the whole registry. */
export function GenerateListForm({ campaignId, communeCode, villages }: Props) {
  const { t } = useTranslation();
  const generate = useGenerateList(campaignId, communeCode);
  const [source, setSource] = useState<ListSource>('previous_lists');
  const [villageCode, setVillageCode] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const open = villages.filter((v) => canEditList(v.stage));
  if (open.length === 0) return null;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNotice(null);
    generate.mutate({ source, villageCode: villageCode || undefined }, { onSuccess: (result) => setNotice(t('povertyReview.generate.done', result)) });
  };

  return (
    <form className="card form-grid" onSubmit={onSubmit} aria-labelledby="generate-title">
      <h2 id="generate-title">{t('povertyReview.generate.title')}</h2>
      <Notice>{notice}</Notice>
      <SelectField
        label={t('povertyReview.generate.source')}
        value={source}
        options={LIST_SOURCES.map((value) => ({ value, label: t(`povertyReview.generate.sources.${value}`) }))}
        onChange={(event) => setSource(event.target.value as ListSource)}
      />
      <SelectField
        label={t('povertyReview.generate.village')}
        value={villageCode}
        options={[{ value: '', label: t('povertyReview.generate.allVillages') }, ...open.map((v) => ({ value: v.village.code, label: v.village.name }))]}
        onChange={(event) => setVillageCode(event.target.value)}
      />
      <FormActions mutation={generate} submitLabel={t('povertyReview.generate.submit')} />
    </form>
  );
}
