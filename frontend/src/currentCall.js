import { ref } from 'vue'
import { api } from './api.js'
import { usePolling } from './polling.js'

/** How often the workstation asks for the call on the agent's line, while the page is seen. */
export const POLL_MS = 2500

/**
 * 来电弹屏: the call on the signed-in agent's line, `{call, earlierOrders}` as
 * `GET /api/cti/calls/current` answers it, or null. Polled while the page is visible, not while it
 * is hidden. A call that ends before its order is registered stays (话后处理: the agent often
 * finishes the order after hanging up), refreshed for a late transcript, until it is linked,
 * dismissed or another call comes in.
 */
export function useCurrentCall() {
  const pop = ref(null)
  const dismissed = new Set()
  let refused = false

  async function poll() {
    try {
      const now = await api.get('/api/cti/calls/current')
      if (now && !dismissed.has(now.call.callId)) {
        pop.value = now
      } else if (pop.value && !pop.value.call.orderId && !dismissed.has(pop.value.call.callId)) {
        const call = await api.get('/api/cti/calls/' + encodeURIComponent(pop.value.call.callId))
        pop.value = call.orderId && call.status === 'ENDED' ? null : { ...pop.value, call }
      } else {
        pop.value = null
      }
    } catch (e) {
      // not an agent, or signed out: nothing will ring here
      if (e.status === 401 || e.status === 403) refused = true
      if (e.status === 404) pop.value = null
    }
  }

  const { refresh } = usePolling(poll, POLL_MS, () => refused)

  function dismiss() {
    if (pop.value) dismissed.add(pop.value.call.callId)
    pop.value = null
  }

  return { pop, refresh, dismiss }
}
