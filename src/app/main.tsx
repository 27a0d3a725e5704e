import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { startBackend } from './start-backend';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

// The mock backend (MSW) must be listening before the first request; it loads in its own chunk.
await startBackend();

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
