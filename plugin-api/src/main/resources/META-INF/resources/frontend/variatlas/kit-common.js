// Shared by the Variatlas UI kit's browser modules: colours, number formatting, escaping.

/** The kit's colours; they match the theme's --va-* variables. */
export const COLORS = {
  ink: '#1b2733',
  muted: '#5b6b7b',
  grid: '#e6ebf0',
  national: '#6b2c7a',
  area: '#8fb2d0',
  selected: '#1f5f8b',
  faded: '#c9d6e2',
  notSignificant: '#9aa5b1',
};

/** Okabe & Ito (2008): eight colours that colour-blind readers tell apart. */
export const CATEGORICAL = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#000000', '#f0e442'];

/**
 * A formatter for numbers with the UI language's separators, e.g. 1 234,5 in Norwegian.
 * @param {{decimal: string, group: string, minus: string}} symbols
 */
export function numberFormatter(symbols) {
  const s = symbols || { decimal: '.', group: ',', minus: '-' };
  return (value, decimals = 0) => {
    if (value === null || value === undefined || !Number.isFinite(value)) {
      return '';
    }
    const fixed = Math.abs(value).toFixed(Math.max(0, decimals));
    const [whole, fraction] = fixed.split('.');
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, s.group);
    const negative = value < 0 && Number(fixed) !== 0;
    return (negative ? s.minus : '') + grouped + (fraction ? s.decimal + fraction : '');
  };
}

/** Escapes text for the HTML of tooltips and legends. */
export function esc(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** Colours from light to dark for n steps between two hex colours (the year shades). */
export function ramp(from, to, n) {
  const a = hex(from);
  const b = hex(to);
  return Array.from({ length: n }, (_, i) => {
    const t = n === 1 ? 1 : i / (n - 1);
    return '#' + a.map((v, k) => Math.round(v + (b[k] - v) * t).toString(16).padStart(2, '0')).join('');
  });
}

function hex(color) {
  return [1, 3, 5].map((i) => parseInt(color.substr(i, 2), 16));
}

const SHARED = new Map(); // url -> Promise of the parsed JSON
const RELOADED = 'va-shared-reload';

/**
 * The JSON at a URL the Java side gave instead of the data itself (the app's shared, cacheable
 * copy: map polygons, a chart's spec), fetched once per page however many elements ask. When the
 * server no longer has it (404/410: a restart or a new results version since the page was built),
 * the page reloads once: its address carries the whole view, so the reader sees it rebuilt.
 * @param {string} url
 * @returns {Promise<any>}
 */
export function fetchShared(url) {
  if (!SHARED.has(url)) {
    const promise = fetch(url, { credentials: 'same-origin' }).then((response) => {
      if (response.status === 404 || response.status === 410) {
        if (!sessionStorage.getItem(RELOADED)) {
          sessionStorage.setItem(RELOADED, '1');
          window.location.reload();
        }
        throw new Error(`${url}: ${response.status}`);
      }
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      sessionStorage.removeItem(RELOADED);
      return response.json();
    });
    promise.catch(() => SHARED.delete(url));
    SHARED.set(url, promise);
  }
  return SHARED.get(url);
}

/**
 * Takes over properties set on an element before its class was defined (they shadow the setters).
 * @param {HTMLElement} element
 * @param {string[]} names
 */
export function upgradeProperties(element, names) {
  for (const name of names) {
    if (Object.prototype.hasOwnProperty.call(element, name)) {
      const value = element[name];
      delete element[name];
      element[name] = value;
    }
  }
}

/**
 * Defines a property `name` on a kit element class whose value is a URL of the app's shared,
 * cacheable JSON: setting it fetches the document ({@link fetchShared}) and hands it to
 * `received(element, document)`, unless the property was set to another URL meanwhile.
 * @param {Function} elementClass
 * @param {string} name e.g. 'dataUrl'
 * @param {(element: HTMLElement, document: any) => void} received
 */
export function fetchedProperty(elementClass, name, received) {
  const url = Symbol(name);
  Object.defineProperty(elementClass.prototype, name, {
    configurable: true,
    get() {
      return this[url];
    },
    set(value) {
      this[url] = value;
      if (!value) return;
      fetchShared(value).then(
        (document) => {
          if (this[url] === value) received(this, document);
        },
        () => {},
      );
    },
  });
}

/**
 * Gives a kit element class the "shared document + this page's selection" properties the Java side
 * sets instead of the whole document: `urlName` (the app's shared, cacheable copy, fetched here)
 * and `selected` (JSON array of codes). Once both are known, the element's `target` property is set
 * as if the document had been sent with the selection; a later selection re-applies it.
 * @param {Function} elementClass
 * @param {string} urlName e.g. 'specUrl'
 * @param {string} target e.g. 'spec'
 */
export function sharedWithSelection(elementClass, urlName, target) {
  const apply = (element) => {
    element[target] = JSON.stringify({ ...element._shared, selected: element._selected || [] });
  };
  fetchedProperty(elementClass, urlName, (element, shared) => {
    element._shared = shared;
    apply(element);
  });
  Object.defineProperty(elementClass.prototype, 'selected', {
    configurable: true,
    get() {
      return JSON.stringify(this._selected || []);
    },
    set(value) {
      this._selected = value ? JSON.parse(value) : [];
      if (this._shared) apply(this);
    },
  });
}
