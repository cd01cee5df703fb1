// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sampleDocument } from '../core/render/fixtures/sample-document.ts';
import type { HistoryEntry } from './history-entry.ts';
import { LangContext } from './lang-context.ts';
import { SnapshotChanges, SnapshotHistory, matchingEntries, type SnapshotHistoryProps } from './snapshot-history.tsx';

const march: HistoryEntry = { id: 'march', title: 'Odoo · acme.odoo.com', createdAt: '2025-03-01T09:00:00.000Z', rows: 57, period: null, searchText: 'odoo · acme.odoo.com turnover rate' };
const june: HistoryEntry = { id: 'june', title: 'Ant Design · hr.example.cn', createdAt: '2025-06-01T09:00:00.000Z', rows: 356, period: { from: '2025-01-01', to: '2025-05-31' }, searchText: 'ant design · hr.example.cn headcount' };

/** The history with every callback a spy, in the language asked for. */
function renderHistory(overrides: Partial<SnapshotHistoryProps> = {}, lang: 'en' | 'zh-CN' = 'en') {
  const props: SnapshotHistoryProps = { entries: [march, june], onOpen: vi.fn(), onCompare: vi.fn(), onExport: vi.fn(), onCopy: vi.fn(), onDelete: vi.fn(() => vi.fn()), ...overrides };
  render(<LangContext.Provider value={lang}><SnapshotHistory {...props} /></LangContext.Provider>);
  return props;
}

// happy-dom's Web Animations reject when a menu unmounts mid-animation; without `animate` Fluent skips its motions.
beforeAll(() => Object.defineProperty(Element.prototype, 'animate', { value: undefined }));
afterEach(cleanup);

describe('matchingEntries', () => {
  it('keeps what the search matches, newest first, and everything for an empty search', () => {
    expect(matchingEntries([march, june], '  ').map((entry) => entry.id)).toEqual(['june', 'march']);
    expect(matchingEntries([march, june], 'TURNOVER').map((entry) => entry.id)).toEqual(['march']);
    expect(matchingEntries([march, june], 'nothing')).toEqual([]);
  });
});

describe('SnapshotHistory', () => {
  it('lists newest first with the period where known, and narrows to what the search matches', () => {
    renderHistory();
    expect(screen.getAllByTestId('history-item').map((item) => item.textContent)).toEqual([expect.stringContaining('Ant Design'), expect.stringContaining('Odoo')]);
    expect(screen.getAllByTestId('history-item')[0].textContent).toContain('356 rows');
    fireEvent.change(screen.getByTestId('history-search'), { target: { value: 'odoo' } });
    expect(screen.getAllByTestId('history-item')).toHaveLength(1);
    fireEvent.change(screen.getByTestId('history-search'), { target: { value: 'payroll' } });
    expect(screen.getByText('No snapshot matches “payroll”.')).toBeTruthy();
  });

  it('compares the two ticked, older first, and only once two are ticked', () => {
    const props = renderHistory();
    const compare = screen.getByTestId('history-compare') as HTMLButtonElement;
    expect(compare.disabled).toBe(true);
    for (const box of screen.getAllByRole('checkbox')) fireEvent.click(box);
    fireEvent.click(compare);
    expect(props.onCompare).toHaveBeenCalledWith('march', 'june');
  });

  it('opens, exports and copies the entry clicked, and offers Compare with now only where the host has data in view', async () => {
    const props = renderHistory();
    expect(screen.queryByTestId('history-compare-now')).toBeNull();
    const older = within(screen.getAllByTestId('history-item')[1]);
    fireEvent.click(older.getByRole('button', { name: 'Open' }));
    expect(props.onOpen).toHaveBeenCalledWith('march');
    fireEvent.click(older.getByTestId('export-menu'));
    fireEvent.click(await screen.findByTestId('export-pptx'));
    expect(props.onExport).toHaveBeenCalledWith('march', 'pptx');
    fireEvent.click(older.getByTestId('export-menu'));
    fireEvent.click(await screen.findByTestId('copy-rich-text'));
    expect(props.onCopy).toHaveBeenCalledWith('march');
    cleanup();
    const withNow = renderHistory({ onCompareWithNow: vi.fn() });
    fireEvent.click(screen.getAllByTestId('history-compare-now')[0]);
    expect(withNow.onCompareWithNow).toHaveBeenCalledWith('june');
  });

  it('deletes at once and puts the snapshot back with Undo, even when it was the last one', () => {
    const putBack = vi.fn();
    const onDelete = vi.fn(() => putBack);
    const history = (entries: HistoryEntry[]) => <SnapshotHistory entries={entries} onOpen={vi.fn()} onCompare={vi.fn()} onExport={vi.fn()} onCopy={vi.fn()} onDelete={onDelete} />;
    const { rerender } = render(history([march]));
    fireEvent.click(screen.getByTestId('history-delete'));
    rerender(history([]));
    expect(onDelete).toHaveBeenCalledWith('march');
    expect(screen.getByTestId('deleted').textContent).toContain('Snapshot deleted.');
    fireEvent.click(screen.getByTestId('undo-delete'));
    expect(putBack).toHaveBeenCalledOnce();
    expect(screen.queryByTestId('deleted')).toBeNull();
  });

  it('speaks Chinese in a Chinese host', () => {
    renderHistory({}, 'zh-CN');
    expect(screen.getAllByTestId('history-item')[0].textContent).toContain('356 行');
    expect(screen.getByTestId('history-compare').textContent).toBe('对比所选的两份快照');
  });
});

describe('SnapshotChanges', () => {
  it('lists the changed figures, says when none changed, and shows a Check document with its export menu', () => {
    render(<SnapshotChanges heading="Changes from 1 Mar to 1 Jun" lines={['Turnover rate: 18.0% → 11.0% since 1 Mar 2025']} />);
    expect(screen.getByTestId('changes').querySelectorAll('li')).toHaveLength(1);
    cleanup();
    const onExport = vi.fn();
    render(<SnapshotChanges lines={[]} check={{ doc: sampleDocument('en'), onExport, onCopy: vi.fn() }} />);
    expect(screen.getByTestId('changes').textContent).toBe('No comparable figures changed.');
    expect(screen.getByTestId('proposal')).toBeTruthy();
    expect(screen.getByTestId('export-menu')).toBeTruthy();
  });
});
