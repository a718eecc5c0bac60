import { reactive } from 'vue'
import { api } from './api.js'

/**
 * What this node is (`GET /api/node`): a provincial platform or a city hotline, for the menus. Asked once
 * per signed-in session; a city node until the answer says otherwise.
 */
export const node = reactive({ jurisdiction: null, name: null, provincial: false, linkedToProvince: false, loaded: false })

export async function loadNode() {
  try {
    Object.assign(node, await api.get('/api/node'), { loaded: true })
  } catch {
    node.loaded = false
  }
  return node
}
