import { createBrowserRouter, Navigate, RouterProvider } from 'react-router-dom';
import { CallbacksPage } from '../features/callbacks/callbacks-page';
import { Layout } from './layout';
import { Providers } from './providers';

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <Navigate to="/callbacks" replace /> },
      { path: 'callbacks', element: <CallbacksPage /> },
      { path: '*', element: <Navigate to="/callbacks" replace /> },
    ],
  },
]);

export function App() {
  return (
    <Providers>
      <RouterProvider router={router} />
    </Providers>
  );
}
