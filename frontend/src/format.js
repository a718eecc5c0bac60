/** Dates and durations as the workstation shows them (Beijing time). */
export function dateTime(iso) {
  if (!iso) return ''
  const d = new Date(iso)
  const p = (n) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`
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
