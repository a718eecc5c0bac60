import { api } from './api.js'

let cache = null

/** The unit tree, fetched once per page load. */
export function loadUnits(refresh = false) {
  if (!cache || refresh) cache = api.get('/api/units').catch((e) => { cache = null; throw e })
  return cache
}

/** Siblings in the tree: departments, then utilities, then the areas, each by code. */
const TYPE_ORDER = ['CENTER', 'DEPARTMENT', 'UTILITY', 'CITY', 'DISTRICT', 'STREET', 'COMMUNITY']
const bySiblingOrder = (a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || a.code.localeCompare(b.code)

export function unitTree(units) {
  const nodes = new Map(units.map((u) => [u.id, { value: u.id, label: u.name, code: u.code, type: u.type, children: [] }]))
  const roots = []
  units.forEach((u) => {
    const node = nodes.get(u.id)
    const parent = u.parentId != null ? nodes.get(u.parentId) : null
    ;(parent ? parent.children : roots).push(node)
  })
  nodes.forEach((n) => {
    if (n.children.length) n.children.sort(bySiblingOrder)
    else delete n.children
  })
  return roots.sort(bySiblingOrder)
}

export function unitName(units, id) {
  return units.find((u) => u.id === id)?.name ?? (id == null ? '' : '#' + id)
}
