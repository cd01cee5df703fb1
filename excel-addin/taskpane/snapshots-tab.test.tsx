// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSnapshot } from '../../core/snapshot/create-snapshot.ts';
import { sampleSnapshotContent } from '../../core/snapshot/fixtures/sample-snapshot-content.ts';
import { LangContext } from '../../ui/lang-context.ts';
import { SnapshotsTab, type SnapshotsTabProps } from './snapshots-tab.tsx';

const company = createSnapshot({ ...sampleSnapshotContent(), scope: null, now: new Date('2025-03-01T09:00:00Z') });
const sales = createSnapshot({ ...sampleSnapshotContent(), scope: 'Sales', now: new Date('2025-06-01T09:00:00Z') });

/** The pane's snapshots tab over two stored snapshots, every callback a spy. */
function renderTab(overrides: Partial<SnapshotsTabProps> = {}, lang: 'en' | 'zh-CN' = 'en') {
  const props: SnapshotsTabProps = {
    where: 'browser',
    snapshots: [{ id: 'c', snapshot: company, json: '{"c":1}' }, { id: 's', snapshot: sales, json: '{"s":1}' }],
    onCompare: vi.fn(),
    comparison: null,
    opened: null,
    onOpen: vi.fn(),
    onClose: vi.fn(),
    onDelete: vi.fn(),
    onRestore: vi.fn(),
    onExport: vi.fn(),
    onCopy: vi.fn(),
    ...overrides,
  };
  render(<LangContext.Provider value={lang}><SnapshotsTab {...props} /></LangContext.Provider>);
  return props;
}

afterEach(cleanup);

describe('SnapshotsTab', () => {
  it('lists each snapshot under its scope in the shared history, searchable, the company named in the pane’s language', () => {
    renderTab({}, 'zh-CN');
    const [newer, older] = screen.getAllByTestId('history-item');
    expect(newer.textContent).toContain('Sales');
    expect(older.textContent).toContain('全公司');
    fireEvent.change(screen.getByTestId('history-search'), { target: { value: 'sales' } });
    expect(screen.getAllByTestId('history-item')).toHaveLength(1);
  });

  it('compares one with the current data and two with each other, older first', () => {
    const props = renderTab();
    fireEvent.click(screen.getAllByTestId('history-compare-now')[1]);
    expect(props.onCompare).toHaveBeenCalledWith('c', null);
    for (const box of screen.getAllByRole('checkbox')) fireEvent.click(box);
    fireEvent.click(screen.getByTestId('history-compare'));
    expect(props.onCompare).toHaveBeenLastCalledWith('c', 's');
  });

  it('deletes a snapshot and, on Undo, stores its file again', () => {
    const props = renderTab();
    fireEvent.click(screen.getAllByTestId('history-delete')[0]);
    expect(props.onDelete).toHaveBeenCalledWith('s');
    fireEvent.click(screen.getByTestId('undo-delete'));
    expect(props.onRestore).toHaveBeenCalledWith('{"s":1}');
  });

  it('shows an opened snapshot with its frozen documents to switch between', () => {
    renderTab({ opened: company });
    expect(screen.getByTestId('opened-snapshot')).toBeTruthy();
    expect((screen.getByTestId('snapshot-document') as HTMLSelectElement).options).toHaveLength(company.documents.length);
  });
});
