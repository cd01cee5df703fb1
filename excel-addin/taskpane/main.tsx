import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { toLang } from '../../core/i18n/index.ts';
import { App } from './app.tsx';

/** Office reports its host inside Excel; in a plain browser onReady settles with host null and the pane runs standalone. */
void Office.onReady().then((info) => {
  const inExcel = info.host === Office.HostType.Excel;
  const language = inExcel ? Office.context.displayLanguage : navigator.language;
  createRoot(document.getElementById('root')!).render(
    <FluentProvider theme={webLightTheme} style={{ minHeight: '100%' }}>
      <App inExcel={inExcel} initialLang={toLang(language)} />
    </FluentProvider>,
  );
});
