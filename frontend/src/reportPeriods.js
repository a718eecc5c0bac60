/** ISO weeks and months as the reports name them (2026-W47, 2026-11), in Beijing's calendar. */

function isoWeek(date) {
  const d = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()))
  const day = d.getUTCDay() || 7
  d.setUTCDate(d.getUTCDate() + 4 - day)
  const year = d.getUTCFullYear()
  const week = Math.ceil(((d - Date.UTC(year, 0, 1)) / 86400000 + 1) / 7)
  return `${year}-W${String(week).padStart(2, '0')}`
}

const day = (d) => `${d.getMonth() + 1}/${d.getDate()}`

/** The last `count` whole periods of a kind, newest first: [{ name, label }]. */
export function recentPeriods(kind, count = 12, today = new Date()) {
  const periods = []
  if (kind === 'WEEKLY') {
    const monday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - ((today.getDay() + 6) % 7))
    for (let i = 1; i <= count; i++) {
      const from = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() - 7 * i)
      const to = new Date(from.getFullYear(), from.getMonth(), from.getDate() + 6)
      periods.push({ name: isoWeek(from), label: `${isoWeek(from)}（${day(from)}–${day(to)}）` })
    }
  } else {
    for (let i = 1; i <= count; i++) {
      const first = new Date(today.getFullYear(), today.getMonth() - i, 1)
      const name = `${first.getFullYear()}-${String(first.getMonth() + 1).padStart(2, '0')}`
      periods.push({ name, label: name })
    }
  }
  return periods
}
