import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitDto } from '@ntm/shared';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { FormActions } from '../../../components/ui/form-actions';
import { TextField } from '../../../components/ui/text-field';
import { fieldErrorsOf } from '../../../lib/api-client';
import { useCreateUnit } from '../hooks/use-unit-mutations';

type Props = { parent: UnitDto; onCancel: () => void; onCreated: (name: string) => void };

const FIELDS = ['code', 'name', 'fullName', 'particularlyDifficult'];

/** "Thêm thôn/bản": a village directly under a commune-level unit. */
export function UnitCreateVillageForm({ parent, onCancel, onCreated }: Props) {
  const { t } = useTranslation();
  const mutation = useCreateUnit();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [fullName, setFullName] = useState('');
  const [particularlyDifficult, setParticularlyDifficult] = useState(false);
  const errors = fieldErrorsOf(mutation.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    mutation.mutate(
      {
        code: code.trim(),
        name: name.trim(),
        fullName: fullName.trim() || undefined,
        type: 'village',
        parentCode: parent.code,
        particularlyDifficult,
      },
      { onSuccess: (created) => onCreated(created.fullName || created.name) },
    );
  };

  return (
    <form className="card form-grid" onSubmit={onSubmit} aria-labelledby="village-create-title">
      <h3 id="village-create-title">{t('units.addVillageTitle', { name: parent.name })}</h3>
      <TextField
        label={t('units.code')}
        required
        value={code}
        hint={t('units.villageCodeHint')}
        error={errors.code}
        onChange={(e) => setCode(e.target.value)}
      />
      <TextField label={t('units.name')} required value={name} error={errors.name} onChange={(e) => setName(e.target.value)} />
      <TextField
        label={t('units.fullName')}
        value={fullName}
        error={errors.fullName}
        hint={t('units.fullNameHint')}
        onChange={(e) => setFullName(e.target.value)}
      />
      <CheckboxField
        label={t('units.particularlyDifficult')}
        checked={particularlyDifficult}
        error={errors.particularlyDifficult}
        onChange={(e) => setParticularlyDifficult(e.target.checked)}
      />
      <FormActions mutation={mutation} shownFields={FIELDS} submitLabel={t('units.addVillage')} onCancel={onCancel} />
    </form>
  );
}
