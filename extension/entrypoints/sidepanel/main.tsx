import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { loadLang } from '../../platform/lang-setting.ts';
import { App } from './app.tsx';

const initialLang = await loadLang();
createRoot(document.getElementById('root') as HTMLElement).render(
  <FluentProvider theme={webLightTheme} style={{ minHeight: '100vh' }}>
    <App initialLang={initialLang} />
  </FluentProvider>,
);
