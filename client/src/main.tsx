// The app-wide styles come first: each feature's stylesheet, imported by its components, builds on them.
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import { connectToMeeting } from './realtime/socketConnection.js';
import { createAppStore } from './store/appStore.js';
import { StoreProvider } from './store/StoreContext.js';
import { installFocusRescue } from './ui/focus.js';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
installFocusRescue();

createRoot(root).render(
  <StrictMode>
    <StoreProvider store={createAppStore(connectToMeeting)}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
