import i18n from '../../i18n/index.js'

/** The portal's public API: no session cookie, no CSRF token. */
export async function publicRequest(method, path, { json, form } = {}) {
  const headers = { Accept: 'application/json', 'Accept-Language': i18n.global.locale.value }
  let body
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(json)
  } else if (form) {
    body = form
  }
  const response = await fetch(path, { method, headers, body, credentials: 'omit' })
  const text = await response.text()
  let data = null
  try {
    data = text ? JSON.parse(text) : null
  } catch {
    data = null
  }
  if (!response.ok) {
    const error = new Error((data && data.detail) || response.statusText || String(response.status))
    error.status = response.status
    throw error
  }
  return data
}
