import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { CallbacksPage } from '../features/callbacks/callbacks-page';
import { TriageRoute } from '../features/triage/triage-route';
import { Layout } from './layout';
import { Providers } from './providers';

export function App() {
  return (
    <Providers>
      <BrowserRouter>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<Navigate to="/callbacks" replace />} />
            <Route path="callbacks" element={<CallbacksPage />} />
            <Route path="triage" element={<TriageRoute />} />
            <Route path="*" element={<Navigate to="/callbacks" replace />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </Providers>
  );
}
