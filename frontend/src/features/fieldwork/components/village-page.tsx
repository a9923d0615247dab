import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isReviewedKind } from '@ntm/shared';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { Pagination } from '../../../components/ui/pagination';
import { useResponses } from '../../../components/responses/use-responses';
import { useMyAssignments } from '../api/get-my-assignments';
import { LocalOnlyResponses } from '../../../components/offline/local-only-responses';
import { AssignmentProgress } from './assignment-progress';
import { newResponsePath, runnerPath } from './fieldwork-paths';
import { HouseholdPicker } from './household-picker';
import { VillageResponses } from './village-responses';

const PAGE_SIZE = 20;

/** The forms of one village in one campaign, and the way to start a new one (for a household of
 * the registry, in household campaigns). */
export function VillagePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { campaignId = '', unitCode = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page')) || 1;
  const assignments = useMyAssignments();
  const assignment = assignments.data?.find((a) => a.campaignId === campaignId && a.unit.code === unitCode);
  const list = useResponses({ campaignId, unitCode, page, pageSize: PAGE_SIZE });
  const villageName = assignment?.unit.name ?? unitCode;
  const [picking, setPicking] = useState(false);
  const startNew = () => {
    if (!assignment) return;
    if (isReviewedKind(assignment.campaignKind)) setPicking(true);
    else navigate(newResponsePath(campaignId, unitCode));
  };

  return (
    <section className="page page-narrow" aria-labelledby="village-title">
      <title>{`${villageName} · ${t('app.name')}`}</title>
      <p>
        <Link to="/fieldwork">{t('fieldwork.backToAssignments')}</Link>
      </p>
      <div className="page-heading">
        <div>
          <h1 id="village-title">{villageName}</h1>
          {assignment ? <p className="muted">{assignment.campaignName}</p> : null}
          {assignment ? (
            <p>
              <AssignmentProgress assignment={assignment} />
            </p>
          ) : null}
        </div>
        <button
          type="button"
          className="button button-primary"
          disabled={!assignment}
          onClick={startNew}
        >
          {t('fieldwork.newResponse')}
        </button>
      </div>
      <ErrorAlert error={assignments.error} />
      {picking ? <HouseholdPicker unitCode={unitCode} onPick={(householdId) => navigate(newResponsePath(campaignId, unitCode, householdId))} /> : null}
      <LocalOnlyResponses campaignId={campaignId} unitCode={unitCode} runnerPath={runnerPath} />
      {list.isPending ? <Loading /> : null}
      <ErrorAlert error={list.error} />
      {list.data ? (
        <>
          <VillageResponses campaignId={campaignId} responses={list.data.items} />
          <Pagination
            page={list.data.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onPageChange={(next) => setParams({ page: String(next) })}
          />
        </>
      ) : null}
    </section>
  );
}
