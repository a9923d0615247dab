import { useState } from 'react';
import { useDebouncedValue } from '../../../lib/use-debounced-value';

/** What is typed in a search box, and the trimmed term to query once typing pauses. */
export function useSearchText() {
  const [text, setText] = useState('');
  const term = useDebouncedValue(text.trim(), 300);
  return { text, setText, term };
}
