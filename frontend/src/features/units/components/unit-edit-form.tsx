import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMUNE_GROUPS, NTM_REGIONS, isCommuneGroup, isNtmRegion, type UnitDto, type UpdateUnitRequest } from '@ntm/shared';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { FormActions } from '../../../components/ui/form-actions';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { fieldErrorsOf } from '../../../lib/api-client';
import { toDateInput } from '../../../lib/format';
import { useUpdateUnit } from '../hooks/use-unit-mutations';

type Form = {
  name: string;
  fullName: string;
  ntmRegion: string;
  communeGroup: string;
  isRural: string;
  particularlyDifficult: boolean;
  effectiveFrom: string;
  effectiveTo: string;
  successorCode: string;
};

const FIELDS = ['name', 'fullName', 'ntmRegion', 'communeGroup', 'isRural', 'particularlyDifficult', 'effectiveFrom', 'effectiveTo', 'successorCode'];

function toForm(unit: UnitDto): Form {
  return {
    name: unit.name,
    fullName: unit.fullName,
    ntmRegion: unit.ntmRegion ?? '',
    communeGroup: unit.communeGroup === null ? '' : String(unit.communeGroup),
    isRural: unit.isRural === null ? '' : String(unit.isRural),
    particularlyDifficult: unit.particularlyDifficult,
    effectiveFrom: toDateInput(unit.effectiveFrom),
    effectiveTo: toDateInput(unit.effectiveTo),
    successorCode: unit.successorCode ?? '',
  };
}

function toRequest(form: Form): UpdateUnitRequest {
  const group = Number(form.communeGroup);
  return {
    name: form.name.trim(),
    fullName: form.fullName.trim() || undefined,
    ntmRegion: isNtmRegion(form.ntmRegion) ? form.ntmRegion : null,
    communeGroup: form.communeGroup && isCommuneGroup(group) ? group : null,
    isRural: form.isRural === '' ? null : form.isRural === 'true',
    particularlyDifficult: form.particularlyDifficult,
    effectiveFrom: form.effectiveFrom || null,
    effectiveTo: form.effectiveTo || null,
    successorCode: form.successorCode.trim() || null,
  };
}

type Props = { unit: UnitDto; onCancel: () => void; onSaved: () => void };

export function UnitEditForm({ unit, onCancel, onSaved }: Props) {
  const { t } = useTranslation();
  const mutation = useUpdateUnit(unit.code);
  const [form, setForm] = useState<Form>(() => toForm(unit));
  const errors = fieldErrorsOf(mutation.error);
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((current) => ({ ...current, [key]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    mutation.mutate(toRequest(form), { onSuccess: onSaved });
  };

  const notSet = { value: '', label: t('common.notSet') };
  return (
    <form className="card form-grid" onSubmit={onSubmit} aria-labelledby="unit-edit-title">
      <h3 id="unit-edit-title">{t('units.editTitle', { name: unit.name })}</h3>
      <TextField label={t('units.name')} required value={form.name} error={errors.name} onChange={(e) => set('name', e.target.value)} />
      <TextField label={t('units.fullName')} value={form.fullName} error={errors.fullName} onChange={(e) => set('fullName', e.target.value)} />
      <SelectField
        label={t('units.ntmRegion')}
        value={form.ntmRegion}
        error={errors.ntmRegion}
        onChange={(e) => set('ntmRegion', e.target.value)}
        options={[notSet, ...NTM_REGIONS.map((region) => ({ value: region, label: t(`region.${region}`) }))]}
      />
      <SelectField
        label={t('units.communeGroup')}
        value={form.communeGroup}
        error={errors.communeGroup}
        onChange={(e) => set('communeGroup', e.target.value)}
        options={[notSet, ...COMMUNE_GROUPS.map((group) => ({ value: String(group), label: t('units.communeGroupValue', { group }) }))]}
      />
      <SelectField
        label={t('units.ruralUrban')}
        value={form.isRural}
        error={errors.isRural}
        onChange={(e) => set('isRural', e.target.value)}
        options={[notSet, { value: 'true', label: t('units.rural') }, { value: 'false', label: t('units.urban') }]}
      />
      <CheckboxField
        label={t('units.particularlyDifficult')}
        checked={form.particularlyDifficult}
        error={errors.particularlyDifficult}
        onChange={(e) => set('particularlyDifficult', e.target.checked)}
      />
      <TextField label={t('units.effectiveFrom')} type="date" value={form.effectiveFrom} error={errors.effectiveFrom} onChange={(e) => set('effectiveFrom', e.target.value)} />
      <TextField label={t('units.effectiveTo')} type="date" value={form.effectiveTo} error={errors.effectiveTo} onChange={(e) => set('effectiveTo', e.target.value)} />
      <TextField label={t('units.successor')} value={form.successorCode} error={errors.successorCode} onChange={(e) => set('successorCode', e.target.value)} />
      <FormActions mutation={mutation} shownFields={FIELDS} submitLabel={t('common.save')} onCancel={onCancel} />
    </form>
  );
}
