import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExclusionRule } from '@ntm/shared';
import { CheckboxField } from '../../../components/ui/checkbox-field';

type Props = { rule: ExclusionRule; onChange: (name: keyof ExclusionRule, value: boolean) => void };

/** The NTM exclusion rule the figures apply (the province's setting unless the reader chose
 * otherwise to compare). The boxes keep the reader's choice at once; the sentence states the rule
 * of the figures on screen. */
export function ExclusionRuleControls({ rule, onChange }: Props) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState(rule);
  const applied = [
    rule.excludeSocialProtection ? t('indicators.ruleSocialProtection') : null,
    rule.excludeImpoverishedByShock ? t('indicators.ruleShock') : null,
  ].filter((part) => part !== null);
  const choose = (name: keyof ExclusionRule, value: boolean) => {
    setChosen((current) => ({ ...current, [name]: value }));
    onChange(name, value);
  };
  return (
    <fieldset className="section">
      <legend>{t('indicators.rule')}</legend>
      <p>{applied.length ? applied.join('; ') : t('indicators.ruleNone')}</p>
      <CheckboxField
        label={t('indicators.ruleSocialProtection')}
        checked={chosen.excludeSocialProtection}
        onChange={(event) => choose('excludeSocialProtection', event.target.checked)}
      />
      <CheckboxField
        label={t('indicators.ruleShock')}
        checked={chosen.excludeImpoverishedByShock}
        onChange={(event) => choose('excludeImpoverishedByShock', event.target.checked)}
      />
    </fieldset>
  );
}
