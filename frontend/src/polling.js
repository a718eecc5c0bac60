import { onBeforeUnmount, onMounted } from 'vue'

/**
 * Calls `poll` when the component is mounted and then every `everyMs` while the page is visible (not
 * while it is hidden: asked again at once when it is seen again), until the component goes or
 * `stopped()` says so. Returns `refresh()`, which asks at once and goes on from there.
 */
export function usePolling(poll, everyMs, stopped = () => false) {
  let timer = null
  let running = false

  function schedule() {
    clearTimeout(timer)
    timer = null
    if (!running || stopped() || document.visibilityState !== 'visible') return
    timer = setTimeout(async () => {
      await poll()
      schedule()
    }, everyMs)
  }

  async function refresh() {
    clearTimeout(timer)
    await poll()
    schedule()
  }

  function onVisibility() {
    if (document.visibilityState === 'visible') refresh()
    else clearTimeout(timer)
  }

  onMounted(() => {
    running = true
    document.addEventListener('visibilitychange', onVisibility)
    refresh()
  })
  onBeforeUnmount(() => {
    running = false
    clearTimeout(timer)
    document.removeEventListener('visibilitychange', onVisibility)
  })

  return { refresh }
}
