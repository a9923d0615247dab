import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseholdMemberInput } from '@ntm/shared';
import { FormActions } from '../../../components/ui/form-actions';
import { SelectField, type SelectOption } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { fieldErrorsOf } from '../../../lib/api-client';
import { emptyMember, type MemberDraft, MemberFields, toMemberInput } from './member-fields';

export type HouseholdFormValue = { villageCode: string; code: string; address: string; members: MemberDraft[] };
export type HouseholdFormOutput = { villageCode: string; code: string; address: string | null; members: HouseholdMemberInput[] };

type Props = {
  initial: HouseholdFormValue;
  heading: string;
  submitLabel: string;
  villages: readonly SelectOption[];
  /** The code can be set only when registering the household. */
  withCode: boolean;
  mutation: { error: unknown; isPending: boolean };
  onSubmit: (value: HouseholdFormOutput) => void;
  onCancel: () => void;
};

/** A household and its members in book order (the head first); the server checks the rules and
 * its reasons appear next to the fields they name (`members.1.birthDate`…). */
export function HouseholdForm({ initial, heading, submitLabel, villages, withCode, mutation, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [value, setValue] = useState(initial);
  const errors = fieldErrorsOf(mutation.error);
  const memberErrors = (index: number) => Object.fromEntries(Object.entries(errors).flatMap(([field, reason]) => {
    const prefix = `members.${index}.`;
    return field.startsWith(prefix) ? [[field.slice(prefix.length), reason]] : [];
  }));
  const setMember = (index: number, member: MemberDraft) => setValue({ ...value, members: value.members.map((m, i) => (i === index ? member : m)) });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit({ villageCode: value.villageCode.trim(), code: value.code.trim(), address: value.address.trim() || null, members: value.members.map(toMemberInput) });
  };
  const shown = Object.keys(errors).filter((field) => field === 'villageCode' || field === 'code' || field === 'address' || /^members\.\d+\./.test(field));

  return (
    <form className="card form-grid" onSubmit={submit} aria-labelledby="household-form-title">
      <h2 id="household-form-title">{heading}</h2>
      {villages.length > 0 ? (
        <SelectField label={t('households.village')} required value={value.villageCode} error={errors.villageCode} options={[{ value: '', label: '—' }, ...villages]} onChange={(e) => setValue({ ...value, villageCode: e.target.value })} />
      ) : (
        <TextField label={t('households.village')} required value={value.villageCode} error={errors.villageCode} hint={t('households.villageHint')} onChange={(e) => setValue({ ...value, villageCode: e.target.value })} />
      )}
      {withCode ? <TextField label={t('households.code')} required value={value.code} error={errors.code} onChange={(e) => setValue({ ...value, code: e.target.value })} /> : null}
      <TextField className="form-wide" label={t('households.address')} value={value.address} error={errors.address} onChange={(e) => setValue({ ...value, address: e.target.value })} />
      <p className="muted form-wide">{t('households.headHint')}</p>
      {value.members.map((member, index) => (
        <MemberFields
          // Members have no id while edited; their place in the book is who they are.
          key={index}
          index={index}
          member={member}
          errors={memberErrors(index)}
          onChange={(next) => setMember(index, next)}
          onRemove={value.members.length > 1 ? () => setValue({ ...value, members: value.members.filter((_, i) => i !== index) }) : undefined}
        />
      ))}
      <div className="form-actions form-wide">
        <button type="button" className="button" onClick={() => setValue({ ...value, members: [...value.members, emptyMember('child', value.members[0]?.ethnicity)] })}>
          {t('households.addMember')}
        </button>
      </div>
      <div className="form-wide">
        <FormActions mutation={mutation} shownFields={shown} submitLabel={submitLabel} onCancel={onCancel} />
      </div>
    </form>
  );
}
