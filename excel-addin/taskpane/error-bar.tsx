import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { messageKeys, type MessageKey } from '../../core/i18n/index.ts';
import { useT } from '../../ui/lang-context.ts';
import { AnalysisError } from './analysis-client.ts';

const known = new Set(messageKeys('en'));
const nextStep = { read: 'ui.error.readNext', analysis: 'ui.error.analysisNext', storage: 'ui.error.storageNext', excel: 'ui.error.excelNext' } as const;
const what = { read: 'ui.error.read', analysis: 'ui.error.analysis', storage: 'ui.error.storage', excel: 'ui.error.excel' } as const;

/** The pane's error in the user's language: what happened (translated from its code where core or the pane has one) and what to do next. */
export function ErrorBar({ error, onDismiss }: { error: unknown; onDismiss: () => void }) {
  const { tr } = useT();
  const aborted = (error as { name?: string })?.name === 'AbortError' || (error as Error)?.message === 'cancelled';
  const kind = error instanceof AnalysisError ? error.failure.kind : 'excel';
  const key = error instanceof AnalysisError && error.failure.key && known.has(error.failure.key) ? (error.failure.key as MessageKey) : null;
  const detail = key ? tr(key, error instanceof AnalysisError ? error.failure.params : {}) : ((error as Error)?.message ?? String(error));
  // The pane's own messages (ui.*) already say what to do next.
  const body = key?.startsWith('ui.') ? detail : `${tr(what[kind], { detail })} ${tr(nextStep[kind])}`;
  return (
    <MessageBar intent={aborted ? 'info' : 'error'} layout="multiline" data-testid="error">
      <MessageBarBody>
        <MessageBarTitle>{aborted ? tr('ui.error.cancelled') : tr('ui.error.title')}</MessageBarTitle>
        {!aborted && body}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>{tr('ui.error.dismiss')}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
