/** Whether an id can be written as `#id` without escaping (ids of generated pages often start with digits or hold dots). */
function isPlainId(id: string): boolean {
  return /^[A-Za-z][\w-]*$/.test(id);
}

/**
 * A selector that finds this element again on the same page: nth-of-type steps up to the nearest ancestor with a plain id
 * (or the body), for provenance of tables that have no stable hook of their own.
 * @example cssPath(document.querySelector('main table')) // '#root > main:nth-of-type(1) > table:nth-of-type(1)'
 */
export function cssPath(element: Element): string {
  const steps: string[] = [];
  for (let current: Element | null = element; current && current.tagName !== 'BODY' && current.tagName !== 'HTML'; current = current.parentElement) {
    if (current !== element && isPlainId(current.id)) {
      steps.unshift(`#${current.id}`);
      return steps.join(' > ');
    }
    const tag = current.tagName.toLowerCase();
    let position = 1;
    for (let sibling = current.previousElementSibling; sibling; sibling = sibling.previousElementSibling) if (sibling.tagName === current.tagName) position++;
    steps.unshift(`${tag}:nth-of-type(${position})`);
  }
  return ['body', ...steps].join(' > ');
}
