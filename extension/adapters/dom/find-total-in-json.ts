// Keys pages use for the size of the whole result in their embedded data (Rails will_paginate, Django REST, GraphQL connections).
const totalKeys = /^(total|total_?(entries|count|records|results|rows|items|hits)|count|totalCount|totalRecords|recordsTotal)$/i;

/**
 * The first whole-number total found breadth-first in embedded page data ({"pagination": {"total_entries": 87}}), 4 levels deep
 * at most, arrays skipped (their items are records, not the result's size); null when there is none.
 * @example findTotalInJson({ pagination: { page: 2, total_entries: 87 } }) // 87
 */
export function findTotalInJson(data: unknown): number | null {
  let level: unknown[] = [data];
  for (let depth = 0; depth < 4 && level.length > 0; depth++) {
    const next: unknown[] = [];
    for (const value of level) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
      for (const [key, child] of Object.entries(value)) {
        if (totalKeys.test(key) && typeof child === 'number' && Number.isInteger(child) && child >= 0) return child;
        next.push(child);
      }
    }
    level = next;
  }
  return null;
}
