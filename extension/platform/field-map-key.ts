/**
 * Where the user's choices for a table (its role and field map) are remembered: the site, the kind of page and the table's
 * headers, so the same list on the same HRIS reopens with the user's choices while another table there starts fresh.
 * @example fieldMapKey('https://acme.odoo.com/odoo/employees', 'odoo', ['Employee Name', 'Department']) // 'acme.odoo.com|odoo|Employee Name\u001fDepartment'
 */
export function fieldMapKey(url: string, adapterId: string, headers: readonly string[]): string {
  return `${URL.canParse(url) ? new URL(url).host : url}|${adapterId}|${headers.join('\u001f')}`;
}
