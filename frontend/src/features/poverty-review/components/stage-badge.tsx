import { useTranslation } from 'react-i18next';
import type { VillageStage } from '@ntm/shared';

export function StageBadge({ stage }: { stage: VillageStage }) {
  const { t } = useTranslation();
  return <span className={`badge badge-stage-${stage}`}>{t(`povertyReview.stages.${stage}`)}</span>;
}
