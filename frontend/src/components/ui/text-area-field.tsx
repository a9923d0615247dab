import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { FieldShell } from './field-shell';

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & {
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
};

export function TextAreaField({ label, error, hint, className, ...textareaProps }: TextAreaFieldProps) {
  return (
    <FieldShell label={label} required={textareaProps.required} hint={hint} error={error} className={className}>
      {(control) => <textarea {...control} {...textareaProps} />}
    </FieldShell>
  );
}
