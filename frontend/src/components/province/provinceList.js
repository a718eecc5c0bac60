import { onMounted, ref, watch } from 'vue'
import { ElMessage } from 'element-plus'
import { api, query } from '../../api.js'
import { downloadExport } from '../../exports.js'
import { useListState } from '../../listState.js'

/**
 * One of the province's lists paged by the server (`GET <path>` answering `{total, items}`, `<path>/export?format=`):
 * its filters, sort and page remembered under `key` (also the export's file name), loaded again on every change and
 * when mounted, exported as the server writes it.
 */
export function useProvinceList(key, path, defaults) {
  const list = useListState(key, defaults)
  const rows = ref([])
  const total = ref(0)
  const state = ref('loading')

  function params(paging = true) {
    const p = list.params()
    if (!paging) { delete p.offset; delete p.limit }
    return p
  }

  async function load() {
    state.value = 'loading'
    try {
      const page = await api.get(path + '?' + query(params()))
      if (!list.fits(page.total)) return load()
      rows.value = page.items
      total.value = page.total
    } catch (e) {
      ElMessage.error(e.message)
    } finally {
      state.value = 'ready'
    }
  }

  function exporter(format) {
    return downloadExport(path + '/export?' + query({ ...params(false), format }), key + '.' + format)
  }

  watch(() => list.state, load, { deep: true })
  onMounted(load)
  return { list, rows, total, state, load, exporter }
}
