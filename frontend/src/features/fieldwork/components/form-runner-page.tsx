import { useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { ResponseDto } from '@ntm/shared';
import { responseKeys } from '../../../components/responses/response-keys';
import { ResponseStatusBadge } from '../../../components/responses/response-status-badge';
import { ReviewComment } from '../../../components/responses/review-comment';
import { useFormVersion } from '../../../components/responses/use-form-version';
import { useResponse } from '../../../components/responses/use-response';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import type { ApiError } from '../../../lib/api-client';
import { useCampaign } from '../../../components/campaigns/campaign-queries';
import { useHousehold } from '../../../components/households/household-queries';
import { useEffectiveProxyTable } from '../../../components/poverty/use-effective-proxy-table';
import { PastClasses } from '../../../components/offline/past-classes';
import { useLocalResponse } from '../../../lib/offline/hooks/use-device-responses';
import { useMyAssignments } from '../api/get-my-assignments';
import { villagePath } from './fieldwork-paths';
import { ResponseEditor } from './response-editor';
import { liveReviewContext } from './review-context';

/** /fieldwork/:campaignId/responses/:responseId — a new form (?new=1&unit=…) or a saved one,
 * always shown with the form version it was filled with. */
export function FormRunnerPage() {
  const { campaignId = '', responseId = '' } = useParams();
  return <FormRunner key={responseId} campaignId={campaignId} responseId={responseId} />;
}

function FormRunner({ campaignId, responseId }: { campaignId: string; responseId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const isNew = params.get('new') === '1';
  // A saved form opens only once fetched afresh: its cached status may be out of date.
  const [startedNew] = useState(isNew);
  const campaign = useCampaign(campaignId);
  const response = useResponse(campaignId, responseId, !isNew);
  const version = useFormVersion(isNew ? campaign.data?.formVersionId : response.data?.formVersionId);
  const [locked, setLocked] = useState<{ error: ApiError; reloads: number } | null>(null);
  const unitCode = response.data?.unit.code ?? params.get('unit') ?? '';
  const householdId = response.data?.householdId ?? params.get('household') ?? '';
  const household = useHousehold(householdId);
  const area = useMyAssignments().data?.find((a) => a.campaignId === campaignId && a.unit.code === unitCode)?.area;
  const proxyTable = useEffectiveProxyTable(unitCode || undefined).data?.table;
  const stored = useLocalResponse(responseId);
  const refusal = stored?.syncState === 'failed' ? stored.error : null;
  const review = useMemo(() => (campaign.data ? liveReviewContext(campaign.data, area, proxyTable) : null), [campaign.data, area, proxyTable]);

  // Once saved, the form exists: reopening the page must load it, not start again.
  const forgetNew = () => {
    if (isNew) setParams({}, { replace: true });
  };
  const onLocked = (error: ApiError) => {
    const current = error.body.current as ResponseDto | undefined;
    if (current) queryClient.setQueryData(responseKeys.detail(campaignId, responseId), current);
    else void queryClient.invalidateQueries({ queryKey: responseKeys.detail(campaignId, responseId) });
    forgetNew();
    setLocked((previous) => ({ error, reloads: (previous?.reloads ?? 0) + 1 }));
  };

  // The household only names the form (and fills a new one): a saved form opens without it.
  const error = campaign.error ?? response.error ?? version.error ?? (startedNew ? household.error : null);
  const waitingForHousehold = startedNew && Boolean(householdId) && !household.data;
  const loading = stored === undefined || !campaign.data || !version.data || waitingForHousehold || (!startedNew && !(response.isFetchedAfterMount && response.data));
  return (
    <section className="page page-narrow" aria-labelledby="runner-title">
      <title>{`${version.data?.title ?? t('fieldwork.form')} · ${t('app.name')}`}</title>
      <p>
        <Link to={villagePath(campaignId, unitCode)}>{t('fieldwork.backToVillage')}</Link>
      </p>
      <div className="page-heading">
        <h1 id="runner-title">{version.data?.title ?? t('fieldwork.form')}</h1>
        {response.data ? <ResponseStatusBadge status={response.data.status} /> : <span className="badge badge-status">{t('fieldwork.newBadge')}</span>}
      </div>
      {campaign.data ? <p className="muted">{campaign.data.name}</p> : null}
      {household.data ? <p>{t('households.picker.household', { code: household.data.code, name: household.data.headName })}</p> : null}
      {householdId ? <PastClasses householdId={householdId} /> : null}
      {response.data?.status === 'returned' ? (
        <div className="alert alert-warning" role="note">
          <p className="alert-title">{t('fieldwork.returnedTitle')}</p>
          <ReviewComment response={response.data} />
        </div>
      ) : null}
      <ErrorAlert error={locked?.error ?? error} />
      {loading && !error ? <Loading /> : null}
      {!loading && version.data && campaign.data ? (
        <ResponseEditor
          key={`${version.data.id}:${locked?.reloads ?? 0}`}
          version={version.data}
          response={response.data}
          household={startedNew ? household.data : undefined}
          target={{ campaignId, responseId, unitCode, householdId: householdId || undefined }}
          campaign={campaign.data}
          review={review}
          onSaved={forgetNew}
          onLocked={onLocked}
          refusal={refusal}
        />
      ) : null}
    </section>
  );
}
