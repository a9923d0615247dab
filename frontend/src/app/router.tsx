import { createBrowserRouter } from 'react-router';
import { Loading } from '../components/ui/loading';
import { ChangePasswordPage } from '../features/auth/components/change-password-page';
import { LoginPage } from '../features/auth/components/login-page';
import { RequireAdmin, RequireAuth } from './guards';
import { HomePage } from './home-page';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { RouteError } from './route-error';

/** Admin pages are split into their own chunks: most users never open them. */
export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage />, errorElement: <RouteError /> },
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
        element: <RequireAdmin />,
        children: [
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
