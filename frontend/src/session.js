import { reactive } from 'vue'
import { api, request } from './api.js'

/** The signed-in user, as `GET /api/me` answers. */
export const session = reactive({ me: null, loaded: false })

export async function loadSession() {
  try {
    session.me = await api.get('/api/me')
  } catch {
    session.me = null
  }
  session.loaded = true
  return session.me
}

export async function signIn(username, password) {
  await request('POST', '/login', { username, password }, { form: true })
  return loadSession()
}

export async function signOut() {
  try {
    await request('POST', '/logout', {}, { form: true })
  } finally {
    session.me = null
  }
}

export function hasRole(...roles) {
  const mine = session.me?.roles || []
  return mine.includes('ADMIN') || roles.some((r) => mine.includes(r))
}

/** Each role's home page, in the order a user with several roles sees them. */
export const HOMES = [
  { role: 'AGENT', path: '/agent', label: 'nav.agent' },
  { role: 'DISPATCHER', path: '/dispatch', label: 'nav.dispatch' },
  { role: 'HANDLER', path: '/inbox', label: 'nav.inbox' },
  { role: 'CALLBACK', path: '/callback', label: 'nav.callback' },
  { role: 'SUPERVISOR', path: '/supervision', label: 'nav.supervision' },
  { role: 'QUALITY', path: '/quality', label: 'nav.quality-desk' },
  { role: 'ADMIN', path: '/admin', label: 'nav.admin' }
]

export function homeOf(me) {
  const roles = me?.roles || []
  const home = HOMES.find((h) => roles.includes(h.role))
  return home ? home.path : '/search'
}
