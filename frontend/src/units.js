import { api } from './api.js'

let cache = null

/** The unit tree, fetched once per page load. */
export function loadUnits(refresh = false) {
  if (!cache || refresh) cache = api.get('/api/units').catch((e) => { cache = null; throw e })
  return cache
}

export function unitTree(units) {
  const nodes = new Map(units.map((u) => [u.id, { value: u.id, label: u.name, code: u.code, type: u.type, children: [] }]))
  const roots = []
  units.forEach((u) => {
    const node = nodes.get(u.id)
    const parent = u.parentId != null ? nodes.get(u.parentId) : null
    ;(parent ? parent.children : roots).push(node)
  })
  nodes.forEach((n) => { if (!n.children.length) delete n.children })
  return roots
}

export function unitName(units, id) {
  return units.find((u) => u.id === id)?.name ?? (id == null ? '' : '#' + id)
}
