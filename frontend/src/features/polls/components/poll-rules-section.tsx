import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeCoverageRule, describePassRule, type PassRule, type PollRules } from '@ntm/shared';
import { FormActions } from '../../../components/ui/form-actions';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { fieldErrorsOf } from '../../../lib/api-client';
import { useUpdatePollRules } from '../api/poll-mutations';

type Props = { pollId: string; rules: PollRules; editable: boolean; onSaved: (message: string) => void };

/** The rule set as printed on the reports; its owner may change it until the poll is finalised. */
export function PollRulesSection({ pollId, rules, editable, onSaved }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <section aria-labelledby="rules-title">
      <h2 id="rules-title">{t('polls.rules.title')}</h2>
      {editing ? (
        <RulesForm pollId={pollId} rules={rules} onDone={(saved) => { setEditing(false); if (saved) onSaved(t('polls.rules.saved')); }} />
      ) : (
        <dl className="facts">
          <dt>{t('polls.rules.legalBasis')}</dt>
          <dd>{rules.legalBasis}</dd>
          <dt>{t('polls.rules.minCoverage')}</dt>
          <dd>{describeCoverageRule(rules)}</dd>
          <dt>{t('polls.rules.passRule')}</dt>
          <dd>{describePassRule(rules.passRule)}</dd>
          <dt>{t('polls.rules.window')}</dt>
          <dd>{rules.windowWorkingDays}</dd>
        </dl>
      )}
      {editable && !editing ? (
        <button type="button" className="button" onClick={() => setEditing(true)}>
          {t('polls.rules.edit')}
        </button>
      ) : null}
    </section>
  );
}

function RulesForm({ pollId, rules, onDone }: { pollId: string; rules: PollRules; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const save = useUpdatePollRules(pollId);
  const average = rules.passRule.kind === 'average_and_overall' ? rules.passRule : { items: [1, 2, 3, 4, 5, 6, 7, 8, 9], averageMin: 95, overallMin: 98 };
  const [v, setV] = useState({
    legalBasis: rules.legalBasis,
    minCoverage: String(rules.minCoverage),
    window: String(rules.windowWorkingDays),
    kind: rules.passRule.kind as PassRule['kind'],
    min: String(rules.passRule.kind === 'every_item' ? rules.passRule.min : 90),
    items: average.items.join(', '),
    averageMin: String(average.averageMin),
    overallMin: String(average.overallMin),
  });
  const errors = fieldErrorsOf(save.error);
  const set = (field: keyof typeof v) => (event: { target: { value: string } }) => setV({ ...v, [field]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const passRule: PassRule =
      v.kind === 'every_item'
        ? { kind: 'every_item', min: Number(v.min) }
        : { kind: 'average_and_overall', items: v.items.split(/[,\s]+/).filter(Boolean).map(Number), averageMin: Number(v.averageMin), overallMin: Number(v.overallMin) };
    save.mutate({ legalBasis: v.legalBasis.trim(), minCoverage: Number(v.minCoverage), windowWorkingDays: Number(v.window), passRule }, { onSuccess: () => onDone(true) });
  };
  const kinds = [
    { value: 'every_item', label: t('polls.rules.everyItem') },
    { value: 'average_and_overall', label: t('polls.rules.averageAndOverall') },
  ];
  return (
    <form className="card" onSubmit={submit}>
      <TextAreaField label={t('polls.rules.legalBasis')} required rows={3} value={v.legalBasis} onChange={set('legalBasis')} error={errors.legalBasis} />
      <div className="form-grid">
        <TextField label={t('polls.rules.minCoverage')} type="number" step="0.01" min={0} max={100} required value={v.minCoverage} onChange={set('minCoverage')} error={errors.minCoverage} />
        <TextField label={t('polls.rules.window')} type="number" min={1} max={120} required value={v.window} onChange={set('window')} error={errors.windowWorkingDays} />
      </div>
      <SelectField label={t('polls.rules.kind')} options={kinds} value={v.kind} onChange={set('kind')} />
      {v.kind === 'every_item' ? (
        <TextField label={t('polls.rules.min')} type="number" step="0.01" required value={v.min} onChange={set('min')} error={errors['passRule.min']} />
      ) : (
        <>
          <TextField label={t('polls.rules.items')} required value={v.items} onChange={set('items')} error={errors['passRule.items']} />
          <div className="form-grid">
            <TextField label={t('polls.rules.averageMin')} type="number" step="0.01" required value={v.averageMin} onChange={set('averageMin')} error={errors['passRule.averageMin']} />
            <TextField label={t('polls.rules.overallMin')} type="number" step="0.01" required value={v.overallMin} onChange={set('overallMin')} error={errors['passRule.overallMin']} />
          </div>
        </>
      )}
      <FormActions mutation={save} shownFields={Object.keys(errors)} submitLabel={t('common.save')} onCancel={() => onDone(false)} />
    </form>
  );
}
