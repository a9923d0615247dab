import { createBrowserRouter } from 'react-router';
import { Loading } from '../components/ui/loading';
import { ChangePasswordPage } from '../features/auth/components/change-password-page';
import { LoginPage } from '../features/auth/components/login-page';
import { RequireAuth, RequireRoles } from './guards';
import { HomePage } from './home-page';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { RouteError } from './route-error';

/** Admin pages are split into their own chunks: most users never open them. */
export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage />, errorElement: <RouteError /> },
  {
    path: '/khao-sat/:code',
    errorElement: <RouteError />,
    hydrateFallbackElement: <Loading />,
    lazy: async () => ({ Component: (await import('../features/polls/components/public-poll-page')).PublicPollPage }),
  },
  {
    element: (
      <RequireAuth>
        <Layout />
      </RequireAuth>
    ),
    errorElement: <RouteError />,
    // Shown while a lazily loaded page is fetched on the first load (e.g. opening /units directly).
    hydrateFallbackElement: <Loading />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'password', element: <ChangePasswordPage /> },
      {
        element: <RequireRoles roles={['enumerator']} message="enumerator" />,
        children: [
          {
            path: 'fieldwork',
            lazy: async () => ({ Component: (await import('../features/fieldwork/components/assignments-page')).AssignmentsPage }),
          },
          {
            path: 'fieldwork/:campaignId/villages/:unitCode',
            lazy: async () => ({ Component: (await import('../features/fieldwork/components/village-page')).VillagePage }),
          },
          {
            path: 'offline',
            lazy: async () => ({ Component: (await import('../features/offline/components/device-status-page')).DeviceStatusPage }),
          },
          {
            path: 'fieldwork/:campaignId/responses/:responseId',
            lazy: async () => ({ Component: (await import('../features/fieldwork/components/form-runner-page')).FormRunnerPage }),
          },
        ],
      },
      {
        element: <RequireRoles roles={['admin', 'supervisor']} message="adminOrSupervisor" />,
        children: [
          {
            path: 'review',
            lazy: async () => ({ Component: (await import('../features/review/components/review-queue-page')).ReviewQueuePage }),
          },
          {
            path: 'review/:campaignId/:responseId',
            lazy: async () => ({
              Component: (await import('../features/review/components/review-response-page')).ReviewResponsePage,
            }),
          },
        ],
      },
      {
        element: <RequireRoles roles={['admin', 'supervisor']} message="adminOrSupervisor" />,
        children: [
          {
            path: 'campaigns',
            lazy: async () => ({ Component: (await import('../features/campaigns/components/campaigns-page')).CampaignsPage }),
          },
          {
            path: 'campaigns/:campaignId',
            lazy: async () => ({ Component: (await import('../features/campaigns/components/campaign-page')).CampaignPage }),
          },
        ],
      },
      {
        element: <RequireRoles roles={['admin', 'front', 'steering']} message="polls" />,
        children: [
          { path: 'polls', lazy: async () => ({ Component: (await import('../features/polls/components/polls-page')).PollsPage }) },
          { path: 'polls/:pollId', lazy: async () => ({ Component: (await import('../features/polls/components/poll-page')).PollPage }) },
        ],
      },
      {
        // The steering committee's view (issue 6); its charts (recharts) load with these chunks only.
        element: <RequireRoles roles={['admin', 'front', 'steering']} message="polls" />,
        children: [
          { path: 'criteria', lazy: async () => ({ Component: (await import('../features/criteria/components/criteria-dashboard-page')).CriteriaDashboardPage }) },
          { path: 'criteria/targets', lazy: async () => ({ Component: (await import('../features/criteria/components/targets-page')).TargetsPage }) },
          { path: 'criteria/units/:code', lazy: async () => ({ Component: (await import('../features/criteria/components/unit-criteria-page')).UnitCriteriaPage }) },
          {
            path: 'criteria/units/:code/trace/:indicatorId',
            lazy: async () => ({ Component: (await import('../features/criteria/components/trace-page')).TracePage }),
          },
        ],
      },
      {
        element: <RequireRoles roles={['admin', 'front']} message="polls" />,
        children: [
          {
            path: 'polls/:pollId/entry',
            lazy: async () => ({ Component: (await import('../features/polls/components/paper-entry-page')).PaperEntryPage }),
          },
        ],
      },
      {
        element: <RequireRoles roles={['admin', 'supervisor', 'steering', 'front']} message="reviewReaders" />,
        children: [
          // The steering committee and the Front read the indicators too, not only the campaign's managers.
          {
            path: 'campaigns/:campaignId/indicators',
            lazy: async () => ({
              Component: (await import('../features/poverty-indicators/components/poverty-indicators-page')).PovertyIndicatorsPage,
            }),
          },
          {
            path: 'poverty-review',
            lazy: async () => ({ Component: (await import('../features/poverty-review/components/review-campaigns-page')).ReviewCampaignsPage }),
          },
          {
            path: 'poverty-review/:campaignId',
            lazy: async () => ({ Component: (await import('../features/poverty-review/components/review-campaign-page')).ReviewCampaignPage }),
          },
          {
            path: 'poverty-review/:campaignId/:communeCode',
            lazy: async () => ({ Component: (await import('../features/poverty-review/components/commune-review-page')).CommuneReviewPage }),
          },
        ],
      },
      {
        element: <RequireRoles roles={['admin', 'supervisor', 'steering', 'front']} message="registry" />,
        children: [
          {
            path: 'households',
            lazy: async () => ({ Component: (await import('../features/households/components/households-page')).HouseholdsPage }),
          },
          {
            path: 'households/:householdId',
            lazy: async () => ({ Component: (await import('../features/households/components/household-page')).HouseholdPage }),
          },
        ],
      },
      {
        element: <RequireRoles roles={['admin', 'supervisor']} message="adminOrSupervisor" />,
        children: [
          {
            path: 'households/new',
            lazy: async () => ({
              Component: (await import('../features/households/components/household-create-page')).HouseholdCreatePage,
            }),
          },
          {
            path: 'households/import',
            lazy: async () => ({
              Component: (await import('../features/households/components/households-import-page')).HouseholdsImportPage,
            }),
          },
        ],
      },
      {
        element: <RequireRoles roles={['admin']} message="body" />,
        children: [
          {
            path: 'households/exports',
            lazy: async () => ({ Component: (await import('../features/households/components/export-log-page')).ExportLogPage }),
          },
          {
            path: 'criteria/sets',
            lazy: async () => ({ Component: (await import('../features/criteria/components/criteria-sets-page')).CriteriaSetsPage }),
          },
          {
            path: 'proxy-tables',
            lazy: async () => ({ Component: (await import('../features/proxy-tables/components/proxy-tables-page')).ProxyTablesPage }),
          },
          {
            path: 'poverty-review/settings',
            lazy: async () => ({ Component: (await import('../features/poverty-review/components/review-settings-page')).ReviewSettingsPage }),
          },
          {
            path: 'forms',
            lazy: async () => ({ Component: (await import('../features/forms/components/forms-page')).FormsPage }),
          },
          {
            path: 'forms/:formId',
            lazy: async () => ({ Component: (await import('../features/forms/components/form-page')).FormPage }),
          },
          {
            path: 'campaigns/new',
            lazy: async () => ({
              Component: (await import('../features/campaigns/components/campaign-create-page')).CampaignCreatePage,
            }),
          },
          {
            path: 'units',
            lazy: async () => ({ Component: (await import('../features/units/components/units-page')).UnitsPage }),
          },
          {
            path: 'units/import',
            lazy: async () => ({
              Component: (await import('../features/units/components/units-import-page')).UnitsImportPage,
            }),
          },
          {
            path: 'accounts',
            lazy: async () => ({
              Component: (await import('../features/accounts/components/accounts-page')).AccountsPage,
            }),
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
