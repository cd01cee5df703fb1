// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PeopleCaseDocument } from '../core/proposal/document.ts';
import { sampleDocument } from '../core/render/fixtures/sample-document.ts';
import { OpenedSnapshot, shownDocument } from './opened-snapshot.tsx';

const proposal = sampleDocument('en');
const retrospective: PeopleCaseDocument = { ...proposal, kind: 'retrospective', title: 'Retrospective of the R&D retention plan' };
const snapshot = { createdAt: '2025-03-01T09:00:00.000Z', documents: [proposal, retrospective] };

// happy-dom's Web Animations reject when a menu unmounts mid-animation; without `animate` Fluent skips its motions.
beforeAll(() => Object.defineProperty(Element.prototype, 'animate', { value: undefined }));
afterEach(cleanup);

describe('shownDocument', () => {
  it('is the document of the kind chosen, else the first (the proposal)', () => {
    expect(shownDocument(snapshot.documents, 'retrospective')).toBe(retrospective);
    expect(shownDocument(snapshot.documents, null)).toBe(proposal);
    expect(shownDocument(snapshot.documents, 'cooperation-scorecard')).toBe(proposal);
    expect(shownDocument([], null)).toBeUndefined();
  });
});

describe('OpenedSnapshot', () => {
  it('shows the proposal first, switches to another frozen document, and exports and copies the one shown', async () => {
    const onExport = vi.fn();
    const onCopy = vi.fn();
    render(<OpenedSnapshot snapshot={snapshot} onExport={onExport} onCopy={onCopy} onClose={vi.fn()} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(proposal.title);
    expect([...(screen.getByTestId('snapshot-document') as HTMLSelectElement).options].map((option) => option.textContent)).toEqual(['Proposal', 'Retrospective']);
    fireEvent.change(screen.getByTestId('snapshot-document'), { target: { value: 'retrospective' } });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(retrospective.title);
    fireEvent.click(screen.getByTestId('export-menu'));
    fireEvent.click(await screen.findByTestId('export-docx'));
    expect(onExport).toHaveBeenCalledWith(retrospective, 'docx');
    fireEvent.click(screen.getByTestId('export-menu'));
    fireEvent.click(await screen.findByTestId('copy-rich-text'));
    expect(onCopy).toHaveBeenCalledWith(retrospective);
  });

  it('closes on Close', () => {
    const onClose = vi.fn();
    render(<OpenedSnapshot snapshot={snapshot} onExport={vi.fn()} onCopy={vi.fn()} onClose={onClose} />);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
