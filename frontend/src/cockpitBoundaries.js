import { registerMap } from 'echarts/core'
import { api } from './api.js'
import { colour, formatMetric, metricValue } from './cockpit.js'

/**
 * The jurisdiction's district boundaries for the cockpit's map (`GET /api/analytics/boundaries`: an ECharts
 * map whose features' ids are the districts' division codes, obtained by the build from open data). Each
 * feature is renamed to its code, so that the map's data are keyed like the KPI rows; the names stay for the
 * labels. Null where the platform has no boundaries (the cockpit then draws its schematic map).
 */
export const MAP = 'hotline-jurisdiction'

export async function loadBoundaries() {
  let map
  try {
    map = await api.get('/api/analytics/boundaries')
  } catch {
    return null
  }
  const names = {}
  for (const f of map.geo.features) {
    names[f.id] = f.properties.name
    f.properties = { ...f.properties, name: f.id }
  }
  registerMap(MAP, map.geo)
  return { names }
}

/**
 * The map's option: each district filled with the colour of its figure between `min` and `max` (as the
 * schematic map), labelled by name; `label(metric)` names the figure in the tooltip.
 */
export function boundaryOption(districts, metric, names, [min, max], label) {
  return {
    tooltip: {
      formatter: (p) => p.data
        ? `${names[p.name] || p.name}<br/>${label('orders')}: ${p.data.orders}` +
          (metric === 'orders' ? '' : `<br/>${label(metric)}: ${formatMetric(metric, p.data.value)}`)
        : names[p.name] || p.name
    },
    series: [{
      type: 'map', map: MAP, roam: false, top: 8, bottom: 8, selectedMode: false,
      label: { show: true, fontSize: 11, formatter: (p) => names[p.name] || p.name },
      itemStyle: { borderColor: '#fff', borderWidth: 1, areaColor: '#ebeef5' },
      emphasis: { label: { show: true, fontWeight: 'bold' }, itemStyle: { areaColor: '#79bbff' } },
      data: districts.filter((d) => names[d.key]).map((d) => ({
        name: d.key, key: d.key, label: names[d.key], kind: 'district', orders: d.orders, value: metricValue(d, metric),
        itemStyle: { areaColor: colour(metric, metricValue(d, metric), min, max) }
      }))
    }]
  }
}
