/**
 * The data cockpit's plain parts: its periods, its figures and how they read, the colour scale of the
 * schematic map and the tree of districts and streets it draws. No Vue and no charts here.
 */

const BEIJING = 8 * 3600000
const DAY = 86400000

/** The day (`YYYY-MM-DD`) of a moment in Beijing time, where the platform counts registrations. */
export function beijingDay(ms = Date.now()) {
  return new Date(ms + BEIJING).toISOString().slice(0, 10)
}

/**
 * A period's first and last day: the last 7, 30 or 90 days to today, or a whole month (`YYYY-MM`; the
 * current month to today).
 */
export function periodRange(period, month, now = Date.now()) {
  const today = beijingDay(now)
  if (period === 'month' && month) {
    const [y, m] = month.split('-').map(Number)
    const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10)
    return { from: `${month}-01`, to: last < today ? last : today }
  }
  const days = Number(period) || 30
  return { from: beijingDay(now - (days - 1) * DAY), to: today }
}

/** The rates shown as cards, in the order of the assessment; each is met / measured with an interval. */
export const RATES = ['response', 'onTime', 'resolved', 'satisfied', 'firstContact', 'dispatchAccuracy']

/** Every card: the rates, then the counts, then the mean handling time. */
export const CARDS = [
  { key: 'orders', kind: 'count', drill: 'orders' },
  ...RATES.map((key) => ({ key, kind: 'rate', drill: key })),
  { key: 'overdue', kind: 'count', drill: 'overdue', bad: true },
  { key: 'backlog', kind: 'count', drill: 'backlog', bad: true },
  { key: 'handlingDays', kind: 'days', drill: 'handled' }
]

/** The figures a map or chart may be coloured by. */
export const METRICS = ['orders', ...RATES, 'overdue', 'backlog']

export const percent = (v) => (v === null || v === undefined ? '–' : (v * 100).toFixed(1) + '%')

/** A row's value of a metric: a count, a rate (0–1, null where nothing was measured). */
export function metricValue(row, metric) {
  if (!row) return null
  if (metric === 'orders' || metric === 'overdue' || metric === 'backlog') return row[metric] ?? 0
  if (metric === 'handlingDays') return row.handlingDays
  return row.rates?.[metric]?.rate ?? null
}

export function formatMetric(metric, value) {
  if (value === null || value === undefined) return '–'
  if (RATES.includes(metric)) return percent(value)
  if (metric === 'handlingDays') return value.toFixed(1)
  return String(value)
}

/** Whether a higher value of the metric is worse (the counts of trouble): the colour scale turns round. */
export const worseWhenHigher = (metric) => metric === 'overdue' || metric === 'backlog'

const GOOD = [0x2e, 0x8b, 0x57]
const MIDDLE = [0xf2, 0xc9, 0x4c]
const BAD = [0xd9, 0x3a, 0x2f]
const VOLUME_LOW = [0xde, 0xeb, 0xf7]
const VOLUME_HIGH = [0x08, 0x45, 0x94]

function mix(a, b, t) {
  const c = a.map((x, i) => Math.round(x + (b[i] - x) * t))
  return '#' + c.map((x) => x.toString(16).padStart(2, '0')).join('')
}

/**
 * The colour of a value between `min` and `max`: volume from light to dark blue; a rate from red (low)
 * through yellow to green (high), overdue and backlog the other way round; grey without a value.
 */
export function colour(metric, value, min, max) {
  if (value === null || value === undefined) return '#c0c4cc'
  const t = max > min ? Math.min(1, Math.max(0, (value - min) / (max - min))) : 0.5
  if (metric === 'orders') return mix(VOLUME_LOW, VOLUME_HIGH, t)
  const good = worseWhenHigher(metric) ? 1 - t : t
  return good < 0.5 ? mix(BAD, MIDDLE, good * 2) : mix(MIDDLE, GOOD, (good - 0.5) * 2)
}

/** The colours of the legend's bar, from the low end to the high end. */
export const legendColours = (metric) => [0, 0.25, 0.5, 0.75, 1].map((t) => colour(metric, t, 0, 1))

/**
 * The map's tree: each district (a row of `groupBy=district`) with its streets (rows of `groupBy=street`
 * whose code begins with the district's, as division codes do), and what of the district no street
 * explains (orders without a street) as a cell of its own. Sizes are the order counts.
 */
export function districtTree(districts, streets) {
  return districts
    .filter((d) => d.key)
    .map((d) => {
      const own = streets.filter((s) => s.key && s.key.startsWith(d.key))
      const counted = own.reduce((n, s) => n + s.orders, 0)
      return { district: d, streets: own, rest: Math.max(0, d.orders - counted) }
    })
}

/** The smallest and largest value of the metric among rows, leaving out those without one. */
export function extent(rows, metric) {
  const values = rows.map((r) => metricValue(r, metric)).filter((v) => v !== null && v !== undefined)
  if (!values.length) return [0, 1]
  return [Math.min(...values), Math.max(...values)]
}

/** The view a user starts in: a unit's handler their unit, a dispatcher the hotline's operations, others the city. */
export function defaultView(me) {
  const roles = me?.roles || []
  if (roles.length && roles.every((r) => r === 'HANDLER')) return 'department'
  if (roles.some((r) => ['ADMIN', 'SUPERVISOR', 'ANALYST'].includes(r))) return 'city'
  if (roles.includes('DISPATCHER')) return 'operations'
  if (roles.includes('HANDLER')) return 'department'
  return 'city'
}

/** Whether the user sees every unit's figures (any role but a unit's handler). */
export const seesAllUnits = (me) => (me?.roles || []).some((r) => r !== 'HANDLER')
