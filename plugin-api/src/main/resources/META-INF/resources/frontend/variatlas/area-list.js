// <va-area-list>: the areas of a map's level as buttons beside the map (for the keyboard and for
// areas too small to click), grouped under their health region (whose button selects them all)
// when the level has one. Built by the browser from the app's shared, cacheable JSON at `dataUrl`
// (one document per level, year and language) or `data` (the document itself); `selected` (comma-separated codes) presses the
// buttons; a press asks the server to toggle the area or the region (va-areas-toggle).
import '@vaadin/button/vaadin-button.js';
import { fetchedProperty, upgradeProperties } from './kit-common.js';

class AreaList extends HTMLElement {
  constructor() {
    super();
    this._selected = new Set();
  }

  connectedCallback() {
    // The groups are the flex items of the list around this element.
    this.style.display = 'contents';
    upgradeProperties(this, ['data', 'dataUrl', 'selected']);
  }

  /** The document itself, when the app keeps no shared copy. */
  set data(json) {
    this._data = json;
    if (json) this._build(JSON.parse(json));
  }

  get data() {
    return this._data;
  }

  set selected(codes) {
    this._selected = new Set((codes || '').split(',').filter((c) => c));
    this._press();
  }

  get selected() {
    return [...this._selected].join(',');
  }

  _build(data) {
    this.textContent = '';
    for (const group of data.groups) {
      const items = document.createElement('div');
      items.className = 'va-areas-items';
      for (const area of group.areas) {
        const b = this._button(area.name, 'va-areas-toggle', { region: '', code: area.code });
        b.dataset.code = area.code;
        b.setAttribute('aria-pressed', 'false');
        items.appendChild(b);
      }
      if (!group.region) {
        this.appendChild(items);
        continue;
      }
      const div = document.createElement('div');
      div.className = 'va-areas-group';
      const header = this._button(group.name, 'va-areas-region', { region: group.region, code: '' });
      header.dataset.region = group.region;
      header.style.setProperty('--va-region-fill', group.fill);
      header.title = group.hint;
      div.append(header, items);
      this.appendChild(div);
    }
    this._press();
    this.dataset.built = String((Number(this.dataset.built) || 0) + 1);
  }

  _button(text, className, detail) {
    const b = document.createElement('vaadin-button');
    b.className = className;
    if (className === 'va-areas-toggle') b.setAttribute('theme', 'small');
    b.textContent = text;
    b.addEventListener('click', () => this.dispatchEvent(new CustomEvent('va-areas-toggle', { detail })));
    return b;
  }

  _press() {
    for (const b of this.querySelectorAll('vaadin-button[data-code]')) {
      const on = this._selected.has(b.dataset.code);
      b.setAttribute('aria-pressed', String(on));
      b.classList.toggle('selected', on);
    }
  }
}

fetchedProperty(AreaList, 'dataUrl', (element, data) => element._build(data));

if (!customElements.get('va-area-list')) {
  customElements.define('va-area-list', AreaList);
}
