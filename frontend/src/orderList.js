import { reactive, ref, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { api, query } from './api.js'
import { downloadExport } from './exports.js'
import { session } from './session.js'

/** The filters and sort a list of orders remembers and shows in its address (`GET /api/orders`'s parameters). */
export const LIST_KEYS = ['q', 'status', 'type', 'urgency', 'channel', 'categoryCode', 'unitId', 'district', 'from', 'to',
  'supervised', 'overdue', 'sort', 'dir']

/** el-table's column props → the server's sorts. */
export const COLUMN_SORTS = { number: 'number', status: 'status', urgency: 'urgency', createdAt: 'createdAt',
  deadline: 'deadline', signDeadline: 'signDeadline' }

const blank = () => Object.fromEntries(LIST_KEYS.map((k) => [k, '']))
const storageKey = (list) => 'hotline.list.' + (session.me?.username || '-') + '.' + list

function fromQuery(q) {
  const picked = {}
  LIST_KEYS.forEach((k) => { if (q[k] != null && q[k] !== '') picked[k] = String(q[k]) })
  return picked
}

function remembered(list) {
  try {
    return JSON.parse(localStorage.getItem(storageKey(list)) || '{}')
  } catch {
    return {}
  }
}

/**
 * One list of orders as its user leaves it: filters, sort and page, kept in the address (a link opens the list
 * filtered so) and remembered per user and list (`localStorage`); `fixed()` are the parameters the list always
 * has (a queue's states), `defaults` the filters and sort it starts with. A link's filters win over the remembered.
 */
export function useOrderList(list, { fixed = () => ({}), defaults = {}, name = '' } = {}) {
  const route = useRoute()
  const router = useRouter()
  const fromLink = fromQuery(route.query)
  const filters = reactive({ ...blank(), ...defaults, ...(Object.keys(fromLink).length ? fromLink : remembered(list)) })
  const page = ref(Number(route.query.page) > 0 ? Number(route.query.page) : 1)
  const rows = ref([])
  const total = ref(0)
  const loading = ref(false)
  const error = ref('')
  let asked = 0

  const params = () => ({ ...fixed(), ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== '')) })

  async function reload() {
    const call = ++asked
    loading.value = true
    error.value = ''
    try {
      const answer = await api.get('/api/orders?' + query({ size: 20, ...params(), page: page.value - 1 }))
      if (call !== asked) return
      rows.value = answer.content
      total.value = answer.totalElements
    } catch (e) {
      if (call === asked) error.value = e.message
    } finally {
      if (call === asked) loading.value = false
    }
  }

  function keep() {
    const chosen = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== ''))
    localStorage.setItem(storageKey(list), JSON.stringify(chosen))
    const others = Object.fromEntries(Object.entries(route.query).filter(([k]) => !LIST_KEYS.includes(k) && k !== 'page'))
    router.replace({ query: { ...others, ...chosen, ...(page.value > 1 ? { page: page.value } : {}) } })
  }

  // remembered filters show in the address too, so that the page's link is the list as shown
  if (!Object.keys(fromLink).length && Object.keys(remembered(list)).length) keep()

  watch(filters, () => {
    page.value = 1
    keep()
    reload()
  })
  watch(page, () => {
    keep()
    reload()
  })
  // a link followed on the same page (a card's count) sets the filters it names
  watch(() => route.query, (q) => {
    const linked = fromQuery(q)
    const differs = LIST_KEYS.some((k) => (linked[k] || '') !== (filters[k] || ''))
    if (differs && Object.keys(linked).length) Object.assign(filters, blank(), linked)
  })

  function reset() {
    Object.assign(filters, blank(), defaults)
  }

  /** el-table's sort-change: a column's sort, or back to the list's own order. */
  function sortBy({ prop, order }) {
    if (!order || !COLUMN_SORTS[prop]) {
      filters.sort = defaults.sort || ''
      filters.dir = ''
    } else {
      filters.sort = COLUMN_SORTS[prop]
      filters.dir = order === 'descending' ? 'desc' : 'asc'
    }
  }

  /** The column el-table shows sorted. */
  const sorted = () => {
    const prop = Object.keys(COLUMN_SORTS).find((k) => COLUMN_SORTS[k] === filters.sort)
    return prop && filters.dir ? { prop, order: filters.dir === 'desc' ? 'descending' : 'ascending' } : {}
  }

  /** Every matching order as a file, written on the server with the list's filters. */
  const exporter = (format) => downloadExport('/api/orders/export?' + query({ format, name: name || list, ...params() }))

  return { filters, page, rows, total, loading, error, reload, reset, sortBy, sorted, exporter }
}

/** A link to a list filtered so (a card's count, a cockpit figure). */
export function listLink(path, filters) {
  return { path, query: Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== '' && v != null)) }
}
