import { reactive, watch } from 'vue'
import { session } from './session.js'
import { exportRows } from './exports.js'

/**
 * The state of a list that is not a list of orders (supervision cases, accounts, knowledge lists, rankings…):
 * its filters, the column it is sorted by, its page and page size, remembered per user and list in
 * localStorage (`hotline.list.<user>.<list>`), so that the list opens as its user left it.
 *
 * A list paged on the server sends `params()` (sort, dir, offset, limit and the filters, a date range
 * `range: [from, to]` as from and to); a list held whole
 * in the page cuts what it shows with `view(rows, value)`. Either exports what it shows — all its rows under
 * the filters, in the order shown — with `exportList`, cells as on screen (masked where the screen masks).
 */
export function useListState(list, { filters = {}, sort = null, size = 20, forget = ['q'] } = {}) {
  const key = `hotline.list.${session.me?.username || 'anonymous'}.${list}`
  let saved = {}
  try {
    saved = JSON.parse(localStorage.getItem(key)) || {}
  } catch {
    saved = {}
  }
  const kept = Object.fromEntries(Object.entries(saved.filters || {}).filter(([k]) => !forget.includes(k)))
  const state = reactive({
    filters: { ...filters, ...kept },
    sort: saved.sort === undefined ? sort : saved.sort,
    page: saved.page || 1,
    size: saved.size || size
  })
  // the words typed in a search box (`forget`) are not kept: a list opens with its filters, not a stale search
  watch(state, () => {
    const filtersKept = Object.fromEntries(Object.entries(state.filters).filter(([k]) => !forget.includes(k)))
    localStorage.setItem(key, JSON.stringify({ ...state, filters: filtersKept }))
  }, { deep: true })

  /** el-table's sort-change: `{prop, order}` (order null: unsorted). */
  function sortChange({ prop, order }) {
    state.sort = order ? { prop, order } : null
    state.page = 1
  }

  /** A filter changed: back to the first page. */
  function filterChange() {
    state.page = 1
  }

  /**
   * Whether the page remembered still exists in a list of `total` rows (it shrank meanwhile); if not, the page
   * becomes the last one, for the caller to load again.
   */
  function fits(total) {
    const last = Math.max(1, Math.ceil(total / state.size))
    if (state.page <= last) return true
    state.page = last
    return false
  }

  /** The server's parameters: the filters given, the sort and the page. */
  function params(extra = {}) {
    const p = {}
    Object.entries(state.filters).forEach(([k, v]) => {
      if (k === 'range') {
        if (Array.isArray(v) && v.length === 2) [p.from, p.to] = v
      } else if (v !== null && v !== undefined && v !== '') p[k] = v
    })
    if (state.sort) {
      p.sort = state.sort.prop
      p.dir = state.sort.order === 'descending' ? 'desc' : 'asc'
    }
    p.offset = (state.page - 1) * state.size
    p.limit = state.size
    return { ...p, ...extra }
  }

  /**
   * What a list held whole shows: `rows` sorted by the column chosen (`value(row, prop)` its value, text or
   * number) and the page of them; `all` the rows sorted, for exporting.
   */
  function view(rows, value = (row, prop) => row[prop]) {
    const all = sorted(rows, state.sort, value)
    const last = Math.max(1, Math.ceil(all.length / state.size))
    const page = Math.min(state.page, last)
    return { all, rows: all.slice((page - 1) * state.size, page * state.size), total: all.length }
  }

  return { state, sortChange, filterChange, params, view, fits }
}

const collator = new Intl.Collator(['zh-CN', 'en'], { numeric: true })

/** The rows in the order of a sort (`{prop, order}`), nulls last; the rows as they are without one. */
export function sorted(rows, sort, value = (row, prop) => row[prop]) {
  if (!sort || !sort.prop) return [...rows]
  const sign = sort.order === 'descending' ? -1 : 1
  return [...rows].sort((a, b) => {
    const x = value(a, sort.prop)
    const y = value(b, sort.prop)
    if (x === y) return 0
    if (x === null || x === undefined || x === '') return 1
    if (y === null || y === undefined || y === '') return -1
    if (typeof x === 'number' && typeof y === 'number') return sign * (x - y)
    return sign * collator.compare(String(x), String(y))
  })
}

/**
 * Exports rows as shown: `columns` are `{label, text(row)}`, each cell the text the screen shows (text or
 * number); `format` csv or xlsx. Answers the file's name.
 */
export function exportList(name, columns, rows, format) {
  return exportRows(name, columns.map((c) => c.label), rows.map((row) => columns.map((c) => {
    const v = c.text(row)
    return v === undefined ? null : v
  })), format)
}
