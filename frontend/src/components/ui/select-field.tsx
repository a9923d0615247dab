import type { ReactNode, SelectHTMLAttributes } from 'react';
import { FieldShell } from './field-shell';

export type SelectOption = { value: string; label: string };

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'children'> & {
  label: ReactNode;
  options: readonly SelectOption[];
  error?: string;
};

export function SelectField({ label, options, error, className, ...selectProps }: SelectFieldProps) {
  return (
    <FieldShell label={label} required={selectProps.required} error={error} className={className}>
      {(control) => (
        <select {...control} {...selectProps}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
