import type { KeyboardEvent } from 'react';

type TreeActions = {
  isExpanded: (code: string) => boolean;
  toggle: (code: string) => void;
  select: (code: string) => void;
};

const ITEM_SELECTOR = '[data-unit-code]';

function levelOf(item: HTMLElement | undefined): number {
  return Number(item?.getAttribute('aria-level') ?? 0);
}

/** Keyboard model of the WAI-ARIA tree view pattern, over the flat list of rendered items. */
export function handleTreeKeyDown(event: KeyboardEvent<HTMLElement>, actions: TreeActions): void {
  const item = event.target instanceof HTMLElement ? event.target : null;
  if (!item?.matches(ITEM_SELECTOR)) return;
  const items = Array.from(event.currentTarget.querySelectorAll<HTMLElement>(ITEM_SELECTOR));
  const index = items.indexOf(item);
  const code = item.dataset.unitCode ?? '';
  const hasChildren = item.dataset.hasChildren === 'true';
  const expanded = actions.isExpanded(code);

  switch (event.key) {
    case 'ArrowDown':
      items[index + 1]?.focus();
      break;
    case 'ArrowUp':
      items[index - 1]?.focus();
      break;
    case 'Home':
      items[0]?.focus();
      break;
    case 'End':
      items.at(-1)?.focus();
      break;
    case 'ArrowRight':
      if (hasChildren && !expanded) actions.toggle(code);
      else if (levelOf(items[index + 1]) > levelOf(item)) items[index + 1]?.focus();
      break;
    case 'ArrowLeft':
      if (hasChildren && expanded) actions.toggle(code);
      else items.find((candidate) => candidate.dataset.unitCode === item.dataset.parentCode)?.focus();
      break;
    case 'Enter':
    case ' ':
      actions.select(code);
      break;
    default:
      return;
  }
  event.preventDefault();
}
