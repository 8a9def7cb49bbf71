import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './portal.css';
import { PortalApp } from './PortalApp';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PortalApp />
  </StrictMode>,
);
