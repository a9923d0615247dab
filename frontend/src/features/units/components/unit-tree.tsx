import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { useUnit } from '../../../components/units/use-unit';
import { handleTreeKeyDown } from './tree-keyboard';
import { UnitTreeContext, type UnitTreeState } from './unit-tree-context';
import { UnitTreeNode } from './unit-tree-node';

type UnitTreeProps = {
  rootCode: string;
  selectedCode: string | null;
  onSelect: (code: string) => void;
};

/** Lazily loaded tree of units rooted at the user's own unit; the root starts expanded. */
export function UnitTree({ rootCode, selectedCode, onSelect }: UnitTreeProps) {
  const { t } = useTranslation();
  const root = useUnit(rootCode);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set([rootCode]));
  const [focusCode, setFocusCode] = useState(rootCode);

  const toggle = useCallback((code: string) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(code)) next.delete(code);
      else next.add(code);
      return next;
    });
  }, []);

  const state = useMemo<UnitTreeState>(
    () => ({ expanded, toggle, selectedCode, select: onSelect, focusCode, setFocusCode }),
    [expanded, toggle, selectedCode, onSelect, focusCode],
  );

  if (root.isPending) return <Loading />;
  if (root.isError) return <ErrorAlert error={root.error} />;

  return (
    <UnitTreeContext value={state}>
      <ul
        role="tree"
        className="tree"
        aria-label={t('units.treeLabel')}
        onKeyDown={(event) => handleTreeKeyDown(event, { isExpanded: (code) => expanded.has(code), toggle, select: onSelect })}
      >
        <UnitTreeNode unit={root.data} level={1} position={1} setSize={1} />
      </ul>
    </UnitTreeContext>
  );
}
