import type { CellValue } from '../../core/table/raw-table.ts';
import { columnLetters } from '../../core/table/cell-address.ts';
import { sheetRef } from '../workbook/sheet-ref.ts';

/**
 * A hand-rolled fake of the Excel objects workbook/ uses beyond plain ranges: collections with `items`, worksheets, tables,
 * the selection, settings, custom XML parts and charts. office-addin-mock stores arrays as plain values, so it cannot hold
 * a collection whose `items` are client objects (`tables.load('items/name')` throws there), and it wants `isNullObject`
 * loaded, which Office does not. Like Office, every load and write is queued and runs at `context.sync()`, in order; reading
 * a property that was not loaded and synced throws PropertyNotLoaded, so a missing load or sync fails the test.
 */

/** One cell as the workbook holds it: a formula cell keeps its formula (the fake does not calculate). */
export interface FakeCell {
  value: CellValue;
  formula?: string;
  numberFormat?: string;
}

/** A chart a writer added: what it charts and the properties set on it (`title.text`, `legend.visible`, `setPosition()`). */
export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string;
  properties: Record<string, unknown>;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  charts: FakeChart[];
  /** Formatting calls in order: `{ address: 'A1', property: 'font.bold', value: true }`, `autofitColumns()` with value null. */
  formats: { address: string; property: string; value: unknown }[];
}

/** What the fake workbook starts with: sheets as rows from A1, tables and the selection by address, settings and XML parts. */
export interface FakeWorkbookData {
  sheets: { name: string; rows?: CellValue[][]; numberFormats?: string[][] }[];
  tables?: { name: string; sheet: string; address: string }[];
  selection?: { sheet: string; address: string };
  settings?: Record<string, unknown>;
  parts?: { id: string; namespace: string; xml: string }[];
}

/** The fake's state, for assertions after the code under test returns. */
export interface FakeWorkbook {
  sheets: FakeSheet[];
  settings: Map<string, unknown>;
  parts: { id: string; namespace: string; xml: string }[];
  activeSheet: string;
  selected: string | null;
  syncs: number;
  /** Custom XML parts added so far, so each new part gets a fresh id. */
  partsAdded: number;
}

interface Box {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

/** Excel's rows per sheet, the extent of a whole-column address like `A:H`. */
const sheetRows = 1_048_576;

function columnIndexOf(letters: string): number {
  let n = 0;
  for (const char of letters.toUpperCase()) n = n * 26 + (char.charCodeAt(0) - 64);
  return n - 1;
}

/** A local address (`B3:D9`, `K7`, `A:H`) as a box of 0-based indexes. */
function boxOf(address: string): Box {
  const [start, end = start] = address.replaceAll('$', '').split(':');
  const part = (text: string) => /^([A-Z]*)(\d*)$/i.exec(text)!;
  const [, startLetters, startRow] = part(start);
  const [, endLetters, endRow] = part(end);
  const row = startRow ? Number(startRow) - 1 : 0;
  const column = columnIndexOf(startLetters);
  return { row, column, rowCount: (endRow ? Number(endRow) : sheetRows) - row, columnCount: columnIndexOf(endLetters) - column + 1 };
}

function localAddress(box: Box): string {
  const start = `${columnLetters(box.column)}${box.row + 1}`;
  const end = `${columnLetters(box.column + box.columnCount - 1)}${box.row + box.rowCount}`;
  return start === end ? start : `${start}:${end}`;
}

const key = (row: number, column: number) => `${row},${column}`;

function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/** The request context: the queue of loads and writes that sync runs, and the workbook they act on. */
class Host {
  readonly queue: (() => void)[] = [];
  constructor(
    readonly workbook: FakeWorkbook,
    readonly input: FakeWorkbookData,
  ) {}

  sheet(name: string): FakeSheet {
    const found = this.workbook.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
    if (!found) throw officeError('ItemNotFound', `The requested resource doesn't exist: worksheet ${name}`);
    return found;
  }

  async sync(): Promise<void> {
    this.workbook.syncs++;
    const commands = this.queue.splice(0);
    for (const command of commands) command();
  }
}

/** A client object: load queues a snapshot of the named properties, taken at sync; reading one not yet synced throws. */
class ClientObject {
  private readonly loaded = new Map<string, unknown>();
  constructor(protected readonly host: Host) {}

  load(properties: string): this {
    const names = properties.split(',').map((name) => name.trim());
    this.host.queue.push(() => this.settle(names));
    return this;
  }

  /** Take the values now (at sync); collections override it to load their items' properties. */
  protected settle(names: readonly string[]): void {
    for (const name of names) this.loaded.set(name, this.current(name));
  }

  protected current(name: string): unknown {
    throw new Error(`fake Excel: ${this.constructor.name} has no property ${name}`);
  }

  protected read<T>(name: string): T {
    if (!this.loaded.has(name)) throw officeError('PropertyNotLoaded', `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    return this.loaded.get(name) as T;
  }
}

/** A queued recorder for the write-only parts of the API (formats, chart titles): `format.font.bold = true`, `autofitColumns()`. */
function recorder(host: Host, record: (property: string, value: unknown) => void, path: string[] = []): unknown {
  return new Proxy(() => undefined, {
    get: (_, name) => recorder(host, record, [...path, String(name)]),
    set: (_, name, value) => {
      host.queue.push(() => record([...path, String(name)].join('.'), value));
      return true;
    },
    apply: (_, __, args: unknown[]) => {
      host.queue.push(() => record(`${path.join('.')}()`, args.length > 0 ? args : null));
    },
  });
}

class FakeRange extends ClientObject {
  constructor(host: Host, private readonly sheetName: () => string, private readonly box: Box) {
    super(host);
  }

  private cells(): FakeCell[][] {
    const sheet = this.host.sheet(this.sheetName());
    return Array.from({ length: this.box.rowCount }, (_, r) =>
      Array.from({ length: this.box.columnCount }, (_, c) => sheet.cells.get(key(this.box.row + r, this.box.column + c)) ?? { value: '' }),
    );
  }

  protected override current(name: string): unknown {
    switch (name) {
      case 'values':
        return this.cells().map((row) => row.map((cell) => cell.value));
      case 'formulas':
        return this.cells().map((row) => row.map((cell) => cell.formula ?? cell.value));
      case 'numberFormat':
        return this.cells().map((row) => row.map((cell) => cell.numberFormat ?? 'General'));
      case 'address':
        return `${sheetRef(this.sheetName())}!${localAddress(this.box)}`;
      case 'rowIndex':
        return this.box.row;
      case 'columnIndex':
        return this.box.column;
      case 'rowCount':
        return this.box.rowCount;
      case 'columnCount':
        return this.box.columnCount;
      default:
        return super.current(name);
    }
  }

  /** Queue a write of a 2D block, checked against the range's size as Excel checks it. */
  private write(grid: readonly (readonly unknown[])[], apply: (cell: FakeCell, value: unknown) => void): void {
    if (grid.length !== this.box.rowCount || grid.some((row) => row.length !== this.box.columnCount)) {
      throw officeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range ${localAddress(this.box)}.`);
    }
    this.host.queue.push(() => {
      const sheet = this.host.sheet(this.sheetName());
      grid.forEach((row, r) =>
        row.forEach((value, c) => {
          const at = key(this.box.row + r, this.box.column + c);
          const cell = sheet.cells.get(at) ?? { value: '' };
          apply(cell, value);
          sheet.cells.set(at, cell);
        }),
      );
    });
  }

  get values(): CellValue[][] {
    return this.read('values');
  }
  set values(grid: CellValue[][]) {
    this.write(grid, (cell, value) => {
      // Excel stores a leading apostrophe as "this is text", not as part of the value.
      cell.value = typeof value === 'string' && value.startsWith("'") ? value.slice(1) : (value as CellValue);
      delete cell.formula;
    });
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(grid: unknown[][]) {
    this.write(grid, (cell, value) => {
      if (typeof value === 'string' && value.startsWith('=')) {
        cell.formula = value;
        cell.value = '';
      } else {
        cell.value = typeof value === 'string' && value.startsWith("'") ? value.slice(1) : (value as CellValue);
        delete cell.formula;
      }
    });
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  set numberFormat(grid: string[][]) {
    this.write(grid, (cell, value) => {
      cell.numberFormat = value as string;
    });
  }
  get address(): string {
    return this.read('address');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get format(): unknown {
    const address = localAddress(this.box);
    return recorder(this.host, (property, value) => this.host.sheet(this.sheetName()).formats.push({ address, property, value }));
  }

  select(): void {
    this.host.queue.push(() => {
      this.host.workbook.selected = `${sheetRef(this.sheetName())}!${localAddress(this.box)}`;
    });
  }
}

class FakeWorksheet extends ClientObject {
  constructor(host: Host, private readonly sheetName: string) {
    super(host);
  }

  protected override current(name: string): unknown {
    return name === 'name' ? this.host.sheet(this.sheetName).name : super.current(name);
  }

  get name(): string {
    return this.read('name');
  }

  getRange(address: string): FakeRange {
    return new FakeRange(this.host, () => this.sheetName, boxOf(address));
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.host, () => this.sheetName, { row, column, rowCount, columnCount });
  }

  get charts() {
    return {
      add: (type: string, source: FakeRange, seriesBy: string) => {
        const chart: FakeChart = { type, source: '', seriesBy, properties: {} };
        source.load('address');
        this.host.queue.push(() => {
          chart.source = source.address;
          this.host.sheet(this.sheetName).charts.push(chart);
        });
        return recorder(this.host, (property, value) => {
          chart.properties[property] = value;
        });
      },
    };
  }

  activate(): void {
    this.host.queue.push(() => {
      this.host.workbook.activeSheet = this.host.sheet(this.sheetName).name;
    });
  }
}

/** A collection: `load('items/name')` loads `items` and, on each item, the properties after the slash. */
class FakeCollection<T extends ClientObject> extends ClientObject {
  private settledItems: T[] = [];
  constructor(host: Host, private readonly list: () => T[]) {
    super(host);
  }

  protected override settle(names: readonly string[]): void {
    const itemProperties = names.filter((name) => name.startsWith('items/')).map((name) => name.slice('items/'.length));
    this.settledItems = this.list();
    for (const item of this.settledItems) (item as unknown as { settle(names: readonly string[]): void }).settle(itemProperties);
    super.settle([...names.filter((name) => !name.startsWith('items/')), 'items']);
  }

  protected override current(name: string): unknown {
    return name === 'items' ? this.settledItems : super.current(name);
  }

  get items(): T[] {
    return this.read('items');
  }
}

class FakeTable extends ClientObject {
  readonly worksheet: FakeWorksheet;
  constructor(host: Host, private readonly table: { name: string; sheet: string; address: string }) {
    super(host);
    this.worksheet = new FakeWorksheet(host, table.sheet);
  }

  protected override current(name: string): unknown {
    return name === 'name' ? this.table.name : super.current(name);
  }

  get name(): string {
    return this.read('name');
  }

  getRange(): FakeRange {
    return this.worksheet.getRange(this.table.address);
  }

  getHeaderRowRange(): FakeRange {
    const box = boxOf(this.table.address);
    return this.worksheet.getRangeByIndexes(box.row, box.column, 1, box.columnCount);
  }
}

class FakeSetting extends ClientObject {
  private settled = false;
  constructor(host: Host, private readonly name: string) {
    super(host);
    host.queue.push(() => {
      this.settled = true;
    });
  }

  protected override current(name: string): unknown {
    return name === 'value' ? this.host.workbook.settings.get(this.name) : super.current(name);
  }

  /** Known after the sync that follows getItemOrNullObject, without a load, as in Office. */
  get isNullObject(): boolean {
    if (!this.settled) throw officeError('PropertyNotLoaded', 'isNullObject is known only after context.sync()');
    return !this.host.workbook.settings.has(this.name);
  }

  get value(): unknown {
    return this.read('value');
  }
}

class FakeXmlPart extends ClientObject {
  constructor(host: Host, private readonly partId: () => string) {
    super(host);
  }

  protected override current(name: string): unknown {
    return name === 'id' ? this.partId() : super.current(name);
  }

  get id(): string {
    return this.read('id');
  }

  getXml(): { value: string } {
    let value: string | undefined;
    this.host.queue.push(() => {
      value = this.part().xml;
    });
    return {
      get value() {
        if (value === undefined) throw officeError('PropertyNotLoaded', 'A ClientResult is available only after context.sync()');
        return value;
      },
    };
  }

  delete(): void {
    this.host.queue.push(() => {
      const parts = this.host.workbook.parts;
      parts.splice(parts.indexOf(this.part()), 1);
    });
  }

  private part() {
    const found = this.host.workbook.parts.find((part) => part.id === this.partId());
    if (!found) throw officeError('ItemNotFound', `No custom XML part ${this.partId()}`);
    return found;
  }
}

/** The workbook object of one Excel.run. */
function workbookOf(host: Host) {
  const { workbook } = host;
  return {
    worksheets: Object.assign(new FakeCollection(host, () => workbook.sheets.map((sheet) => new FakeWorksheet(host, sheet.name))), {
      add(name: string) {
        host.queue.push(() => {
          if (workbook.sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase())) throw officeError('ItemAlreadyExists', `A sheet named ${name} already exists`);
          workbook.sheets.push({ name, cells: new Map(), charts: [], formats: [] });
        });
        return new FakeWorksheet(host, name);
      },
      getItem: (name: string) => new FakeWorksheet(host, name),
      getActiveWorksheet: () => new FakeWorksheet(host, workbook.activeSheet),
    }),
    tables: new FakeCollection(host, () => (host.input.tables ?? []).map((table) => new FakeTable(host, table))),
    getSelectedRange() {
      const selection = host.input.selection;
      if (!selection) throw new Error('fake Excel: no selection given');
      return new FakeWorksheet(host, selection.sheet).getRange(selection.address);
    },
    settings: {
      getItemOrNullObject: (name: string) => new FakeSetting(host, name),
      add(name: string, value: unknown) {
        host.queue.push(() => workbook.settings.set(name, value));
      },
    },
    customXmlParts: {
      add(xml: string) {
        let id = '';
        host.queue.push(() => {
          id = `{peoplecase-part-${++workbook.partsAdded}}`;
          workbook.parts.push({ id, namespace: /xmlns="([^"]*)"/.exec(xml)?.[1] ?? '', xml });
        });
        return new FakeXmlPart(host, () => id);
      },
      getByNamespace: (namespace: string) =>
        new FakeCollection(host, () => workbook.parts.filter((part) => part.namespace === namespace).map((part) => new FakeXmlPart(host, () => part.id))),
      getItem: (id: string) => new FakeXmlPart(host, () => id),
    },
  };
}

/**
 * A fake `Excel` global over a workbook built from `data`, and the workbook's live state to assert on.
 * @example const { excel, workbook } = fakeExcel({ sheets: [{ name: 'HR', rows: [['Name'], ['Ann']] }] })
 */
export function fakeExcel(input: FakeWorkbookData): { excel: typeof Excel; workbook: FakeWorkbook } {
  const workbook: FakeWorkbook = {
    sheets: input.sheets.map(({ name, rows = [], numberFormats = [] }) => {
      const cells = new Map<string, FakeCell>();
      rows.forEach((row, r) => row.forEach((value, c) => cells.set(key(r, c), { value, ...(numberFormats[r]?.[c] ? { numberFormat: numberFormats[r][c] } : {}) })));
      return { name, cells, charts: [], formats: [] };
    }),
    settings: new Map(Object.entries(input.settings ?? {})),
    parts: [...(input.parts ?? [])],
    activeSheet: input.sheets[0]?.name ?? '',
    selected: null,
    syncs: 0,
    partsAdded: 0,
  };
  const excel = {
    async run<T>(callback: (context: unknown) => Promise<T>): Promise<T> {
      const host = new Host(workbook, input);
      return callback({ workbook: workbookOf(host), sync: () => host.sync() });
    },
    ChartType: { columnClustered: 'ColumnClustered' },
    ChartSeriesBy: { columns: 'Columns' },
  };
  return { excel: excel as unknown as typeof Excel, workbook };
}

/**
 * The cells of a sheet as Excel would show their content (formulas as written), rows × columns from A1, for assertions.
 * @example sheetGrid(workbook, 'PeopleCase evidence')[6][2] // '=COUNTIFS(…)'
 */
export function sheetGrid(workbook: FakeWorkbook, name: string): unknown[][] {
  const sheet = workbook.sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new Error(`fake Excel: no sheet ${name}`);
  let rows = 0;
  let columns = 0;
  for (const at of sheet.cells.keys()) {
    const [r, c] = at.split(',').map(Number);
    rows = Math.max(rows, r + 1);
    columns = Math.max(columns, c + 1);
  }
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => {
    const cell = sheet.cells.get(key(r, c));
    return cell ? (cell.formula ?? cell.value) : '';
  }));
}
