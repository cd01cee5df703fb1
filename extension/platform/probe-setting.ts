import { browser } from 'wxt/browser';

const key = 'tableProbe';

/** Store the registry's probe selector where the launcher reads it, so the launcher carries no adapter code into every page. */
export async function publishTableProbe(probe: string): Promise<void> {
  await browser.storage.local.set({ [key]: probe });
}

/** The probe selector the background published; null before it has (the launcher then waits for the next page). */
export async function readTableProbe(): Promise<string | null> {
  const value = (await browser.storage.local.get(key))[key];
  return typeof value === 'string' && value !== '' ? value : null;
}
