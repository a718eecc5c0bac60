/** Beijing time is UTC+8 all year (no daylight saving). */
const BEIJING = 8 * 3600000

/**
 * Dates as the workstation shows them: in Beijing time whatever the browser's own zone, because
 * deadlines are working hours of the hotline's calendar.
 */
export function dateTime(iso) {
  if (!iso) return ''
  const d = new Date(new Date(iso).getTime() + BEIJING)
  const p = (n) => String(n).padStart(2, '0')
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`
}

/** Time to a deadline: `{overdue, days, hours}` or null without a deadline. */
export function timeLeft(deadline, now = Date.now()) {
  if (!deadline) return null
  const ms = new Date(deadline).getTime() - now
  const abs = Math.abs(ms)
  return {
    overdue: ms < 0,
    days: Math.floor(abs / 86400000),
    hours: Math.floor((abs % 86400000) / 3600000)
  }
}

/** A probability or share as a percentage (`87.5%`), or a dash without one. */
export function percent(x, digits = 1) {
  return x == null ? '—' : (x * 100).toFixed(digits) + '%'
}
