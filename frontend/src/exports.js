import i18n from './i18n/index.js'
import { ApiError, csrfToken } from './api.js'

/** The file name the server gave (Content-Disposition's filename*), or a fallback. */
function fileName(response, fallback) {
  const disposition = response.headers.get('Content-Disposition') || ''
  const encoded = disposition.match(/filename\*=UTF-8''([^;]+)/i)
  if (encoded) return decodeURIComponent(encoded[1])
  const plain = disposition.match(/filename="([^"]+)"/i)
  return plain ? plain[1] : fallback
}

async function save(response, fallback) {
  if (!response.ok) {
    const text = await response.text()
    const data = text ? JSON.parse(text) : null
    throw new ApiError(response.status, (data && data.detail) || response.statusText, data)
  }
  const blob = await response.blob()
  const link = document.createElement('a')
  link.href = URL.createObjectURL(blob)
  link.download = fileName(response, fallback)
  link.dataset.test = 'export-download'
  document.body.appendChild(link)
  link.click()
  setTimeout(() => { URL.revokeObjectURL(link.href); link.remove() }, 1000)
  return link.download
}

const headers = () => ({ 'Accept-Language': i18n.global.locale.value, 'X-Requested-With': 'XMLHttpRequest' })

/**
 * Saves a file the server writes from a list's own filters (lists of orders:
 * `GET /api/orders/export?format=…&…`); answers the file's name.
 */
export async function downloadExport(path, fallback = 'export') {
  const response = await fetch(path, { headers: headers(), credentials: 'same-origin' })
  return save(response, fallback)
}

/**
 * Saves the rows a list shows (masked as on screen) as CSV or Excel (`format`: csv or xlsx):
 * `columns` are the headings, `rows` arrays of cells (text, numbers, booleans or null).
 */
export async function exportRows(name, columns, rows, format) {
  const response = await fetch('/api/exports/' + format, {
    method: 'POST',
    headers: { ...headers(), 'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrfToken() || '' },
    body: JSON.stringify({ name, columns, rows }),
    credentials: 'same-origin'
  })
  return save(response, name + '.' + format)
}
