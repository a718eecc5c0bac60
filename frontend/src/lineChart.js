// Only the parts of ECharts the line charts draw, so that the pages' chunks stay small.
import { onBeforeUnmount, onMounted, watch } from 'vue'
import * as echarts from 'echarts/core'
import { LineChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer])

/**
 * A line chart in the element `el` (a ref): drawn from `option()` once mounted, again whenever `sources()`
 * change, resized with the window, disposed with the component.
 */
export function useLineChart(el, option, sources) {
  let chart = null
  const draw = () => chart && chart.setOption(option(), true)
  const resize = () => chart && chart.resize()
  onMounted(() => {
    chart = echarts.init(el.value)
    draw()
    window.addEventListener('resize', resize)
  })
  onBeforeUnmount(() => {
    window.removeEventListener('resize', resize)
    chart && chart.dispose()
    chart = null
  })
  watch(sources, draw, { deep: true })
}
