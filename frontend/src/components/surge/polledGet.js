import { ref } from 'vue'
import { api } from '../../api.js'
import { usePolling } from '../../polling.js'

/**
 * A GET asked when the component is mounted and every `everyMs` while the page is visible: `data` (what the
 * server last answered, kept when a later ask fails), `state` (`loading`, then `ready`), `error` (the last
 * failure's message, '' after a success) and `refresh()`.
 */
export function usePolledGet(path, everyMs) {
  const data = ref(null)
  const state = ref('loading')
  const error = ref('')
  async function load() {
    try {
      data.value = await api.get(path)
      error.value = ''
    } catch (e) {
      error.value = e.message
    } finally {
      state.value = 'ready'
    }
  }
  const { refresh } = usePolling(load, everyMs)
  return { data, state, error, refresh }
}
