import { useId, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitDto } from '@ntm/shared';
import { Loading } from '../../../components/ui/loading';
import { ApiError } from '../../../lib/api-client';
import { useUnitChildren } from '../hooks/use-unit-children';
import { useUnitTreeState } from './unit-tree-context';

type NodeProps = { unit: UnitDto; level: number; position: number; setSize: number };

const indent = (level: number) => ({ '--level': level }) as CSSProperties;

/** Items are rendered flat (aria-level, aria-posinset) so each item's name is only its own row. */
export function UnitTreeNode({ unit, level, position, setSize }: NodeProps) {
  const { t } = useTranslation();
  const tree = useUnitTreeState();
  const hasChildren = unit.childCount > 0;
  const isExpanded = hasChildren && tree.expanded.has(unit.code);
  const label = unit.fullName || unit.name;
  const id = useId();

  return (
    <>
      <li
        role="treeitem"
        className="tree-item"
        style={indent(level)}
        data-unit-code={unit.code}
        data-parent-code={unit.parentCode ?? ''}
        data-has-children={hasChildren}
        aria-level={level}
        aria-posinset={position}
        aria-setsize={setSize}
        aria-expanded={hasChildren ? isExpanded : undefined}
        aria-selected={tree.selectedCode === unit.code}
        aria-labelledby={`${id}-name`}
        aria-describedby={`${id}-meta`}
        tabIndex={tree.focusCode === unit.code ? 0 : -1}
        onFocus={(event) => {
          if (event.target === event.currentTarget) tree.setFocusCode(unit.code);
        }}
        onClick={() => tree.select(unit.code)}
      >
        <span
          className="tree-toggle"
          aria-hidden="true"
          onClick={(event) => {
            if (!hasChildren) return;
            event.stopPropagation();
            tree.toggle(unit.code);
          }}
        >
          {hasChildren ? (isExpanded ? '▾' : '▸') : '·'}
        </span>
        <span className="tree-label">
          <span id={`${id}-name`} className="tree-name">{label}</span>
          <span id={`${id}-meta`} className="tree-meta">
            {t(`unitType.${unit.type}`)} · {t('units.childCount', { count: unit.childCount })}
            {label.includes(unit.name) ? null : ` · ${unit.name}`}
          </span>
        </span>
      </li>
      {isExpanded ? <UnitTreeChildren parentCode={unit.code} level={level + 1} /> : null}
    </>
  );
}

function UnitTreeChildren({ parentCode, level }: { parentCode: string; level: number }) {
  const { t } = useTranslation();
  const children = useUnitChildren(parentCode);

  if (children.isPending || children.isError) {
    return (
      <li role="treeitem" className="tree-status" style={indent(level)} aria-level={level} aria-disabled="true">
        {children.isPending ? (
          <Loading />
        ) : (
          <span className="field-error">
            {children.error instanceof ApiError && children.error.message
              ? children.error.message
              : t('errors.unexpected')}
          </span>
        )}
      </li>
    );
  }

  const items = children.data.pages.flatMap((page) => page.items);
  const total = children.data.pages.at(-1)?.total ?? items.length;
  return (
    <>
      {items.map((child, index) => (
        <UnitTreeNode key={child.code} unit={child} level={level} position={index + 1} setSize={total} />
      ))}
      {children.hasNextPage ? (
        <li role="treeitem" className="tree-status" style={indent(level)} aria-level={level}>
          <button
            type="button"
            className="button button-small"
            disabled={children.isFetchingNextPage}
            onClick={() => void children.fetchNextPage()}
          >
            {children.isFetchingNextPage ? t('app.loading') : t('units.loadMore')}
          </button>{' '}
          <span className="muted">{t('units.loadedOf', { loaded: items.length, total })}</span>
        </li>
      ) : null}
    </>
  );
}
