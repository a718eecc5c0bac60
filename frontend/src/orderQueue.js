import { ref } from 'vue'
import { api, query } from './api.js'

/** One queue: a page of `GET /api/orders` for fixed parameters, with its total. */
export function useOrderQueue(params) {
  const rows = ref([])
  const total = ref(0)
  const loading = ref(false)
  const page = ref(1)
  async function reload() {
    loading.value = true
    try {
      const p = typeof params === 'function' ? params() : params
      const answer = await api.get('/api/orders?' + query({ size: 20, ...p, page: page.value - 1 }))
      rows.value = answer.content
      total.value = answer.totalElements
    } finally {
      loading.value = false
    }
  }
  return { rows, total, loading, page, reload }
}
