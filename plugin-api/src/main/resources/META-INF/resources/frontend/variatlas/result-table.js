// <va-result-table>: an indicator's results as a sortable vaadin-grid whose rows the browser fetches
// itself (dataUrl: the app's shared, cacheable JSON of the figures as printed), so that the page's
// messages and the reader's session carry the table's structure, not its rows. A click on a row, its
// checkbox (labelled with the area's name), or Enter or Space on a focused row asks to toggle the
// area (va-area-click); a sort by a header is reported (va-sort) so that the server's CSV follows it.
// Below 640 px only the area, value and comparison show, unless allColumns is set.
import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-column.js';
import '@vaadin/grid/vaadin-grid-sorter.js';
import '@vaadin/checkbox/vaadin-checkbox.js';
import { fetchShared, upgradeProperties } from './kit-common.js';

const SECONDARY = ['events', 'population', 'crude', 'ci'];
const NARROW = window.matchMedia('(max-width: 639.98px)');

class ResultTable extends HTMLElement {
  constructor() {
    super();
    this._selected = new Set();
    this._allColumns = false;
    this._data = null;
    this._onNarrow = () => this._showColumns();
  }

  connectedCallback() {
    upgradeProperties(this, ['dataUrl', 'selected', 'allColumns', 'tableId']);
    if (!this._grid) {
      this._grid = this._createGrid();
      this.appendChild(this._grid);
    }
    NARROW.addEventListener('change', this._onNarrow);
    this._load();
  }

  disconnectedCallback() {
    NARROW.removeEventListener('change', this._onNarrow);
  }

  set dataUrl(url) {
    this._dataUrl = url;
    if (this.isConnected) this._load();
  }

  get dataUrl() {
    return this._dataUrl;
  }

  /** The selected area codes, comma-separated. */
  set selected(codes) {
    this._selected = new Set((codes || '').split(',').filter((c) => c));
    if (this._grid) {
      this._grid.generateCellPartNames();
      this._grid.requestContentUpdate();
    }
  }

  get selected() {
    return [...this._selected].join(',');
  }

  set allColumns(all) {
    this._allColumns = !!all;
    this._showColumns();
  }

  get allColumns() {
    return this._allColumns;
  }

  set tableId(id) {
    this._tableId = id;
    if (this._grid) this._grid.id = id;
  }

  get tableId() {
    return this._tableId;
  }

  _createGrid() {
    const grid = document.createElement('vaadin-grid');
    if (this._tableId) grid.id = this._tableId;
    grid.classList.add('va-result-grid');
    grid.setAttribute('theme', 'row-stripes compact');
    grid.allRowsVisible = true;
    grid.cellPartNameGenerator = (column, model) =>
      this._selected.has(model.item.code) ? 'va-selected' : '';
    grid.addEventListener('click', (e) => {
      const item = grid.getEventContext(e).item;
      if (item) this._toggle(item.code, e);
    });
    grid.addEventListener('keydown', (e) => {
      if ((e.key === 'Enter' || e.key === ' ') && e.target === grid) {
        // Space on a focused row selects it instead of scrolling the page.
        e.preventDefault();
        const item = grid.getEventContext(e).item;
        if (item) this._toggle(item.code, e);
      }
    });
    grid.addEventListener('sorter-changed', () => this._sorted());
    return grid;
  }

  _load() {
    const url = this._dataUrl;
    if (!url || url === this._loaded) return;
    this._loaded = url;
    fetchShared(url).then((data) => {
      if (this._loaded === url) this._show(data);
    });
  }

  _show(data) {
    this._data = data;
    const grid = this._grid;
    grid.setAttribute('aria-label', data.label);
    grid.querySelectorAll('vaadin-grid-column').forEach((c) => c.remove());
    for (const column of data.columns) {
      grid.appendChild(this._column(column));
    }
    const sorted = data.columns.find((c) => c.direction);
    this._sortKey = sorted ? sorted.key : '';
    this._sortDirection = sorted ? sorted.direction : '';
    grid.items = data.rows;
    this._showColumns();
  }

  _column(spec) {
    const column = document.createElement('vaadin-grid-column');
    column.setAttribute('data-key', spec.key);
    column.autoWidth = true;
    if (spec.key === 'area') {
      column.flexGrow = 2;
      column.renderer = (root, _column, model) => this._checkbox(root, model.item);
    } else {
      if (spec.end) column.textAlign = 'end';
      column.renderer = (root, _column, model) => {
        root.textContent = model.item.cells[spec.key] || '';
      };
    }
    column.headerRenderer = (root) => {
      if (!spec.sortable) {
        root.textContent = spec.header;
        return;
      }
      let sorter = root.firstElementChild;
      if (!sorter) {
        sorter = document.createElement('vaadin-grid-sorter');
        sorter.path = 'sort.' + spec.key;
        sorter.setAttribute('data-key', spec.key);
        if (spec.direction) sorter.direction = spec.direction;
        root.appendChild(sorter);
      }
      sorter.textContent = spec.header;
    };
    return column;
  }

  _checkbox(root, item) {
    let box = root.firstElementChild;
    if (!box) {
      box = document.createElement('vaadin-checkbox');
      box.classList.add('va-row-check');
      // The checkbox's click is its own, not the row's too.
      box.addEventListener('click', (e) => e.stopPropagation());
      box.addEventListener('change', (e) => this._toggle(box.code, e));
      root.appendChild(box);
    }
    box.code = item.code;
    box.label = item.name;
    box.checked = this._selected.has(item.code);
  }

  _toggle(code, e) {
    this.dispatchEvent(
      new CustomEvent('va-area-click', {
        detail: { code, shiftKey: !!e.shiftKey, ctrlKey: !!(e.ctrlKey || e.metaKey) },
      }),
    );
  }

  // The sorters report each change of their own (several per click in single-sort mode, and one
  // each when drawn): the grid's resulting order is read once they are all done.
  _sorted() {
    if (this._sortPending) return;
    this._sortPending = true;
    setTimeout(() => {
      this._sortPending = false;
      const active = [...this._grid.querySelectorAll('vaadin-grid-sorter')].find((s) => s.direction);
      const key = active ? active.getAttribute('data-key') : '';
      const direction = active ? active.direction : '';
      if (key === this._sortKey && direction === this._sortDirection) return;
      this._sortKey = key;
      this._sortDirection = direction;
      this.dispatchEvent(new CustomEvent('va-sort', { detail: { key, direction } }));
    });
  }

  _showColumns() {
    if (!this._grid || !this._data) return;
    const all = !NARROW.matches || this._allColumns;
    this._grid.querySelectorAll('vaadin-grid-column').forEach((c) => {
      const key = c.getAttribute('data-key');
      if (SECONDARY.includes(key)) c.hidden = !all;
      // Without any comparison (no intervals) the column says only that: the note says it once.
      if (key === 'significance') c.hidden = !(all || this._data.compared);
    });
    // The national row beside the grid hides its secondary cells alike.
    if (this.parentElement) this.parentElement.classList.toggle('va-narrow', !all);
  }
}

customElements.define('va-result-table', ResultTable);
