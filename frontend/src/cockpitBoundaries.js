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
  return { names, bounds: bounds(map.geo) }
}

/**
 * The smallest and largest longitude and latitude of the map's features: `[[west, south], [east, north]]`. The
 * build's maps are ECharts' compressed GeoJSON (`UTF8Encoding`: each ring a string of deltas after its
 * `encodeOffsets`, scaled by `UTF8Scale`): there each ring's first point (its offset) stands for it, enough for
 * a zoom. Null where nothing could be read.
 */
function bounds(geo) {
  const scale = geo.UTF8Scale || 1024
  let box = null
  const add = (x, y) => {
    box = box ? [[Math.min(box[0][0], x), Math.min(box[0][1], y)], [Math.max(box[1][0], x), Math.max(box[1][1], y)]]
      : [[x, y], [x, y]]
  }
  const visit = (c, offsets) => {
    if (typeof c === 'string') {
      if (Array.isArray(offsets) && typeof offsets[0] === 'number') add(offsets[0] / scale, offsets[1] / scale)
    } else if (Array.isArray(c) && typeof c[0] === 'number') {
      add(c[0], c[1])
    } else if (Array.isArray(c)) {
      c.forEach((x, i) => visit(x, Array.isArray(offsets) && typeof offsets[0] !== 'number' ? offsets[i] : offsets))
    }
  }
  try {
    geo.features.forEach((f) => f.geometry && visit(f.geometry.coordinates, f.geometry.encodeOffsets))
  } catch {
    return null
  }
  return box
}

/**
 * The web-map zoom at which the map's width in pixels shows its longitudes (a 256-pixel tile spans 360° at
 * zoom 0): the server counts the points in cells of an eighth of a tile at that zoom, about 32 pixels here.
 */
export function zoomFor(bounds, width) {
  if (!bounds) return 10
  const span = Math.max(0.001, bounds[1][0] - bounds[0][0])
  return Math.max(0, Math.min(20, Math.round(Math.log2((360 * width) / (256 * span)))))
}

/**
 * The map's option: each district filled with the colour of its figure between `min` and `max` (as the
 * schematic map), labelled by name; `label(metric)` names the figure in the tooltip; the orders with
 * coordinates (`GET /api/analytics/points`) drawn over it as FixMyStreet draws reports, `pointText(point)`
 * their tooltip.
 */
export function boundaryOption(districts, metric, names, [min, max], label, points = [], pointText = () => '') {
  const coloured = districts.filter((d) => names[d.key])
  return {
    tooltip: {
      formatter: (p) => {
        if (p.seriesType === 'scatter') return pointText(p.data.point)
        return p.data
          ? `${names[p.name] || p.name}<br/>${label('orders')}: ${p.data.orders}` +
            (metric === 'orders' ? '' : `<br/>${label(metric)}: ${formatMetric(metric, p.data.value)}`)
          : names[p.name] || p.name
      }
    },
    // the districts are a geo component (coloured region by region) so that the orders' points lie on them
    geo: {
      map: MAP, roam: false, top: 8, bottom: 8, selectedMode: false,
      label: { show: true, fontSize: 11, formatter: (p) => names[p.name] || p.name },
      itemStyle: { borderColor: '#fff', borderWidth: 1, areaColor: '#ebeef5' },
      emphasis: { label: { show: true, fontWeight: 'bold' }, itemStyle: { areaColor: '#79bbff' } },
      regions: coloured.map((d) => ({ name: d.key, itemStyle: { areaColor: colour(metric, metricValue(d, metric), min, max) } }))
    },
    series: [{
      type: 'map', geoIndex: 0,
      data: coloured.map((d) => ({
        name: d.key, key: d.key, label: names[d.key], kind: 'district', orders: d.orders, value: metricValue(d, metric)
      }))
    }, {
      // the orders with coordinates: one dot each, or a cluster sized by its count and labelled with it
      type: 'scatter', coordinateSystem: 'geo', geoIndex: 0, z: 5,
      data: points.map((p) => ({
        value: [p.lon, p.lat, p.count], point: p,
        symbolSize: p.count > 1 ? Math.min(36, 12 + 5 * Math.log2(p.count)) : 7,
        label: { show: p.count > 1, formatter: String(p.count), color: '#fff', fontSize: 10 }
      })),
      itemStyle: { color: 'rgba(230, 81, 0, 0.85)', borderColor: '#fff', borderWidth: 1 }
    }]
  }
}
