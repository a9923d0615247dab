import { useMemo, useState } from 'react';
import type { SurveyDefinition } from '@ntm/shared';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { parseDefinition } from './parse-definition';

/**
 * The editor's text parsed after a pause in typing, and the last definition that parsed, so the
 * preview keeps showing the form while the JSON is half-typed.
 */
export function useLiveDefinition(text: string) {
  const settled = useDebouncedValue(text, 400);
  const parsed = useMemo(() => parseDefinition(settled), [settled]);
  const [lastValid, setLastValid] = useState<SurveyDefinition | null>(parsed.ok ? parsed.definition : null);
  if (parsed.ok && parsed.definition !== lastValid) setLastValid(parsed.definition);
  return { parsed, lastValid };
}
