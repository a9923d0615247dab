import { useTranslation } from 'react-i18next';
import { MEMBER_RELATIONS, SEXES, type HouseholdMemberInput, type MemberRelation, type Sex } from '@ntm/shared';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';

export type MemberDraft = { fullName: string; sex: Sex; birthDate: string; relationToHead: MemberRelation; ethnicity: string; idNumber: string };

export const emptyMember = (relationToHead: MemberRelation, ethnicity = ''): MemberDraft => ({ fullName: '', sex: 'male', birthDate: '', relationToHead, ethnicity, idNumber: '' });

export const toMemberDraft = (m: HouseholdMemberInput): MemberDraft => ({ ...m, idNumber: m.idNumber ?? '' });

export const toMemberInput = (m: MemberDraft): HouseholdMemberInput => ({ ...m, fullName: m.fullName.trim(), ethnicity: m.ethnicity.trim(), idNumber: m.idNumber.trim() || null });

type Props = {
  index: number;
  member: MemberDraft;
  /** Field → reason for this member (`fullName`, `birthDate`…). */
  errors: Record<string, string | undefined>;
  onChange: (member: MemberDraft) => void;
  onRemove?: () => void;
};

/** One member of the household book, as a fieldset of its own. */
export function MemberFields({ index, member, errors, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof MemberDraft>(key: K, value: MemberDraft[K]) => onChange({ ...member, [key]: value });
  const title = t('households.memberTitle', { index: index + 1 });
  return (
    <fieldset className="form-grid">
      <legend>{title}</legend>
      <TextField label={t('households.fullName')} required value={member.fullName} error={errors.fullName} onChange={(e) => set('fullName', e.target.value)} />
      <SelectField
        label={t('households.relation')}
        value={member.relationToHead}
        error={errors.relationToHead}
        options={MEMBER_RELATIONS.map((r) => ({ value: r, label: t(`households.relations.${r}`) }))}
        onChange={(e) => set('relationToHead', e.target.value as MemberRelation)}
      />
      <SelectField
        label={t('households.sex')}
        value={member.sex}
        error={errors.sex}
        options={SEXES.map((s) => ({ value: s, label: t(`households.sexes.${s}`) }))}
        onChange={(e) => set('sex', e.target.value as Sex)}
      />
      <TextField label={t('households.birthDate')} type="date" required value={member.birthDate} error={errors.birthDate} onChange={(e) => set('birthDate', e.target.value)} />
      <TextField label={t('households.ethnicity')} required value={member.ethnicity} error={errors.ethnicity} onChange={(e) => set('ethnicity', e.target.value)} />
      <TextField
        label={t('households.idNumber')}
        hint={t('households.idNumberHint')}
        inputMode="numeric"
        value={member.idNumber}
        error={errors.idNumber}
        onChange={(e) => set('idNumber', e.target.value)}
      />
      {onRemove ? (
        <div className="form-actions">
          <button type="button" className="button" onClick={onRemove}>
            {t('households.removeMember', { index: index + 1 })}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
