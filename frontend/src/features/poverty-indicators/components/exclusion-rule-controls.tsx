import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExclusionRule } from '@ntm/shared';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import type { RuleOverride } from '../hooks/use-indicator-params';

type Props = { rule: ExclusionRule; onChange: (name: RuleOverride, value: boolean) => void };

/** The NTM exclusion rule the figures apply, which the reader may change to compare. The boxes
 * keep the reader's choice at once; the sentence states the rule of the figures on screen. */
export function ExclusionRuleControls({ rule, onChange }: Props) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState(rule);
  const choose = (key: keyof ExclusionRule, name: RuleOverride, value: boolean) => {
    setChosen((current) => ({ ...current, [key]: value }));
    onChange(name, value);
  };
  return (
    <fieldset className="section">
      <legend>{t('indicators.rule')}</legend>
      <p>{ruleSummary(rule, t)}</p>
      <CheckboxField
        label={t('indicators.ruleSocialProtection')}
        checked={chosen.socialProtection}
        onChange={(event) => choose('socialProtection', 'excludeSocialProtection', event.target.checked)}
      />
      <CheckboxField
        label={t('indicators.ruleShock')}
        checked={chosen.impoverishedByShock}
        onChange={(event) => choose('impoverishedByShock', 'excludeImpoverishedByShock', event.target.checked)}
      />
    </fieldset>
  );
}

function ruleSummary(rule: ExclusionRule, t: ReturnType<typeof useTranslation>['t']): string {
  const parts = [rule.socialProtection ? t('indicators.ruleSocialProtection') : null, rule.impoverishedByShock ? t('indicators.ruleShock') : null];
  const applied = parts.filter((part): part is string => part !== null);
  return applied.length ? applied.join('; ') : t('indicators.ruleNone');
}
