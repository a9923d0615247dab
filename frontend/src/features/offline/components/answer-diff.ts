import type { SurveyDefinition } from '@ntm/shared';

type Element = { name?: string; title?: string; elements?: Element[]; templateElements?: Element[] };

/** Question name → title, through pages, panels and the template of dynamic panels. */
export function questionTitles(definition: SurveyDefinition): Map<string, string> {
  const titles = new Map<string, string>();
  const walk = (elements: readonly Element[] | undefined) => {
    for (const element of elements ?? []) {
      if (element.name) titles.set(element.name, typeof element.title === 'string' ? element.title : element.name);
      walk(element.elements);
      walk(element.templateElements);
    }
  };
  walk(((definition as { pages?: Element[] }).pages ?? []).flatMap((page) => page.elements ?? []));
  return titles;
}

export function shownValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

export type AnswerRow = { name: string; title: string; mine: string; theirs: string };

/** The answers that differ between the device's copy and the server's, in the form's question order. */
export function differingAnswers(mine: Record<string, unknown>, theirs: Record<string, unknown>, titles: Map<string, string>): AnswerRow[] {
  const names = [...new Set([...titles.keys(), ...Object.keys(mine), ...Object.keys(theirs)])];
  return names
    .filter((name) => name in mine || name in theirs)
    .map((name) => ({ name, title: titles.get(name) ?? name, mine: shownValue(mine[name]), theirs: shownValue(theirs[name]) }))
    .filter((row) => row.mine !== row.theirs);
}
