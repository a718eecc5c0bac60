import i18n from './i18n/index.js'

/** An error of the API, carrying the problem's status, human-readable detail and whole body (a problem's extra fields). */
export class ApiError extends Error {
  constructor(status, detail, body = null) {
    super(detail)
    this.status = status
    this.body = body
  }
}

/** The session's CSRF token (the XSRF-TOKEN cookie), to echo on requests that change something. */
export function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/)
  return match ? decodeURIComponent(match[1]) : null
}

let onSignedOut = () => {}
export function whenSignedOut(handler) {
  onSignedOut = handler
}

/** Calls the platform with the session cookie, the CSRF token and the page's language. */
export async function request(method, path, body, { form = false, multipart = false } = {}) {
  const headers = { Accept: 'application/json', 'Accept-Language': i18n.global.locale.value, 'X-Requested-With': 'XMLHttpRequest' }
  const token = csrfToken()
  if (token && method !== 'GET') headers['X-XSRF-TOKEN'] = token
  let payload
  if (multipart) {
    payload = body
  } else if (form) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded'
    payload = new URLSearchParams(body).toString()
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json'
    payload = JSON.stringify(body)
  }
  const response = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' })
  const text = await response.text()
  const data = text ? JSON.parse(text) : null
  if (!response.ok) {
    if (response.status === 401 && !path.startsWith('/login') && path !== '/api/me') onSignedOut()
    throw new ApiError(response.status, (data && data.detail) || response.statusText, data)
  }
  return data
}

export const api = {
  get: (path) => request('GET', path),
  post: (path, body) => request('POST', path, body ?? {}),
  put: (path, body) => request('PUT', path, body),
  del: (path) => request('DELETE', path),
  /** A multipart upload (`FormData`); the browser sets the content type with its boundary. */
  upload: (path, formData) => request('POST', path, formData, { multipart: true }),
  act: (id, action, body) => request('POST', `/api/orders/${id}/${action}`, body ?? {})
}

export function query(params) {
  const search = new URLSearchParams()
  Object.entries(params).forEach(([k, v]) => {
    if (v !== undefined && v !== null && v !== '') search.set(k, v)
  })
  return search.toString()
}
