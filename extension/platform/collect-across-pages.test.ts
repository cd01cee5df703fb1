import { describe, expect, it, vi } from 'vitest';
import type { PageCapture } from '../page/page-capture.ts';
import { collectAcrossPages, loadInTab, type PageTab, type TabsApi } from './collect-across-pages.ts';

const origin = 'https://app.greenhouse.io';

/** Page `page` (1-based) of `total` candidates, `size` a page, keyed by their links, linking to the previous and next pages while there are some. */
function candidatesPage(page: number, total: number, size: number, declared: number | null = total): PageCapture {
  const ids = Array.from({ length: Math.max(0, Math.min(size, total - (page - 1) * size)) }, (_, row) => (page - 1) * size + row);
  return {
    adapterId: 'json-island-table',
    adapterName: 'Greenhouse / BambooHR style table',
    url: `${origin}/people?page=${page}`,
    title: 'Candidates',
    selector: 'table',
    capturedAt: '2025-03-01T09:00:00.000Z',
    headers: ['Name', 'Stage'],
    rows: ids.map((id) => [`Candidate ${id}`, id % 2 ? 'Offer' : 'Onsite']),
    rowKeys: ids.map((id) => `/people/${id}`),
    completeness: { shown: ids.length, total: declared },
    missing: [],
    collectable: page > 1 || page * size < total,
    nextUrl: page * size < total ? `${origin}/people?page=${page + 1}` : null,
    prevUrl: page > 1 ? `${origin}/people?page=${page - 1}` : null,
    signature: `page ${page}`,
  };
}

/** A fake tab over a site of paged captures: `load` opens an address (false when told it fails), `read` gives that page. */
function fakeTab(pageAt: (url: string) => PageCapture | null, loads: string[], failing = new Set<string>()): PageTab {
  let current = '';
  return {
    load: async (url) => {
      loads.push(url);
      current = url;
      return !failing.has(url);
    },
    read: async () => pageAt(current),
  };
}

/** The page number of a candidates address. */
const pageOf = (url: string) => Number(new URL(url).searchParams.get('page'));

const options = () => ({ signal: new AbortController().signal, onProgress: () => undefined });

describe('collectAcrossPages', () => {
  it('loads each next page once, merges every row once, reports progress, stops at the last page and reloads the first', async () => {
    const loads: string[] = [];
    const progress: number[] = [];
    const collected = await collectAcrossPages(candidatesPage(1, 7, 3), fakeTab((url) => candidatesPage(pageOf(url), 7, 3), loads), { ...options(), onProgress: (rows) => progress.push(rows) });
    expect(loads).toEqual([`${origin}/people?page=2`, `${origin}/people?page=3`, `${origin}/people?page=1`]);
    expect(collected.rows.map((row) => row[0])).toEqual(Array.from({ length: 7 }, (_, id) => `Candidate ${id}`));
    expect(collected.completeness).toEqual({ shown: 7, total: 7 });
    expect(collected).toMatchObject({ url: `${origin}/people?page=1`, nextUrl: null, collectable: false });
    expect(progress).toEqual([3, 6, 7]);
  });

  it('stops once the declared total is reached, even when the pager links on', async () => {
    const loads: string[] = [];
    const collected = await collectAcrossPages(candidatesPage(1, 9, 3, 6), fakeTab((url) => candidatesPage(pageOf(url), 9, 3, 6), loads), options());
    expect(loads).toEqual([`${origin}/people?page=2`, `${origin}/people?page=1`]);
    expect(collected.rows).toHaveLength(6);
  });

  it('starting on page 2 of 5, reads page 1 then 3 to 5, merges in list order and takes the tab back to page 2', async () => {
    const loads: string[] = [];
    const progress: number[] = [];
    const collected = await collectAcrossPages(candidatesPage(2, 13, 3), fakeTab((url) => candidatesPage(pageOf(url), 13, 3), loads), { ...options(), onProgress: (rows) => progress.push(rows) });
    expect(loads.map(pageOf)).toEqual([1, 3, 4, 5, 2]);
    expect(collected.rows.map((row) => row[0])).toEqual(Array.from({ length: 13 }, (_, id) => `Candidate ${id}`));
    expect(progress).toEqual([3, 6, 9, 12, 13]);
    expect(collected).toMatchObject({ url: `${origin}/people?page=2`, completeness: { shown: 13, total: 13 }, prevUrl: null, nextUrl: null, collectable: false, signature: 'page 2' });
  });

  it('cancelled on the way back, keeps the pages read in list order and resumes from both ends', async () => {
    const controller = new AbortController();
    const site = (url: string) => candidatesPage(pageOf(url), 15, 3);
    const loads: string[] = [];
    const partial = await collectAcrossPages(candidatesPage(3, 15, 3), fakeTab(site, loads), { signal: controller.signal, onProgress: (rows) => rows >= 6 && controller.abort() });
    expect(partial.rows.map((row) => row[0])).toEqual(Array.from({ length: 6 }, (_, id) => `Candidate ${id + 3}`));
    expect(partial).toMatchObject({ prevUrl: `${origin}/people?page=1`, nextUrl: `${origin}/people?page=4`, collectable: true });
    const resumed = await collectAcrossPages(partial, fakeTab(site, loads), options());
    expect(loads.map(pageOf)).toEqual([2, 3, 1, 4, 5, 3]);
    expect(resumed.rows.map((row) => row[0])).toEqual(Array.from({ length: 15 }, (_, id) => `Candidate ${id}`));
  });

  it('keeps what it has when cancelled, pointing at the page after the last one read so collecting can resume', async () => {
    const controller = new AbortController();
    const collected = await collectAcrossPages(candidatesPage(1, 9, 3), fakeTab((url) => candidatesPage(pageOf(url), 9, 3), []), { signal: controller.signal, onProgress: (rows) => rows >= 6 && controller.abort() });
    expect(collected.completeness).toEqual({ shown: 6, total: 9 });
    expect(collected).toMatchObject({ nextUrl: `${origin}/people?page=3`, collectable: true });
  });

  it('never follows a next link to another site, back to a page already read, or past a page that did not load', async () => {
    const away = { ...candidatesPage(1, 9, 3), nextUrl: 'https://evil.example.com/people?page=2' };
    const loads: string[] = [];
    expect((await collectAcrossPages(away, fakeTab(() => null, loads), options())).rows).toHaveLength(3);
    const looping = fakeTab((url) => ({ ...candidatesPage(pageOf(url), 9, 3), nextUrl: `${origin}/people?page=1` }), loads);
    expect((await collectAcrossPages(candidatesPage(1, 9, 3), looping, options())).rows).toHaveLength(6);
    const stuck = fakeTab((url) => candidatesPage(pageOf(url), 9, 3), loads, new Set([`${origin}/people?page=3`]));
    expect((await collectAcrossPages(candidatesPage(1, 9, 3), stuck, options())).rows).toHaveLength(6);
    expect(loads.map(pageOf)).toEqual([2, 1, 2, 3, 1]);
  });

  it('stops when a page brings nothing new (a pager that ignores its page number)', async () => {
    const loads: string[] = [];
    const same = fakeTab((url) => ({ ...candidatesPage(1, 9, 3), url, nextUrl: `${origin}/people?page=${pageOf(url) + 1}` }), loads);
    expect((await collectAcrossPages(candidatesPage(1, 9, 3), same, options())).rows).toHaveLength(3);
    expect(loads.map(pageOf)).toEqual([2, 1]);
  });
});

/** A fake of the tabs API: `update` records the address, `emit` plays the tab's update events to the listeners. */
function fakeTabs(): TabsApi & { emit: (tabId: number, status: string) => void; updates: string[]; listeners: number } {
  const listeners = new Set<(tabId: number, change: { status?: string }) => void>();
  const fake = {
    updates: [] as string[],
    get listeners() {
      return listeners.size;
    },
    update: async (_tabId: number, properties: { url: string }) => void fake.updates.push(properties.url),
    onUpdated: { addListener: (listener: (tabId: number, change: { status?: string }) => void) => void listeners.add(listener), removeListener: (listener: (tabId: number, change: { status?: string }) => void) => void listeners.delete(listener) },
    emit: (tabId: number, status: string) => listeners.forEach((listener) => listener(tabId, { status })),
  };
  return fake;
}

describe('loadInTab', () => {
  it('resolves once the tab completes the load it started, ignoring other tabs and a completion before the load began', async () => {
    const tabs = fakeTabs();
    let loaded: boolean | null = null;
    const loading = loadInTab(tabs, 7, 'https://app.greenhouse.io/people?page=2', 5000).then((result) => (loaded = result));
    tabs.emit(7, 'complete');
    tabs.emit(8, 'loading');
    tabs.emit(8, 'complete');
    await Promise.resolve();
    expect(loaded).toBeNull();
    tabs.emit(7, 'loading');
    tabs.emit(7, 'complete');
    expect(await loading).toBe(true);
    expect(tabs.updates).toEqual(['https://app.greenhouse.io/people?page=2']);
    expect(tabs.listeners).toBe(0);
  });

  it('gives up after the timeout, and at once when the tab refuses the address', async () => {
    vi.useFakeTimers();
    const tabs = fakeTabs();
    const loading = loadInTab(tabs, 7, 'https://app.greenhouse.io/people?page=2', 5000);
    vi.advanceTimersByTime(5000);
    expect(await loading).toBe(false);
    vi.useRealTimers();
    expect(await loadInTab({ ...tabs, update: () => Promise.reject(new Error('No tab with id: 7')) }, 7, 'https://app.greenhouse.io/', 5000)).toBe(false);
    expect(tabs.listeners).toBe(0);
  });
});
