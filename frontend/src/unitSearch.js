/**
 * Finding a unit by what people call it: any part of its name (天河 → 天河区住房和城乡建设局),
 * a common short name (住建 → 住房和城乡建设局), the characters of the name in order (住城局), or its
 * code. Keep SHORT_NAMES to the words dispatchers really use; each maps to a part of the full name.
 */
export const SHORT_NAMES = {
  住建: '住房和城乡建设', 建设局: '住房和城乡建设', 环保: '生态环境', 环境局: '生态环境', 城管: '城市管理和综合执法',
  执法局: '城市管理和综合执法', 交通: '交通运输', 交委: '交通运输', 市监: '市场监督管理', 市场监管: '市场监督管理',
  工商: '市场监督管理', 质监: '市场监督管理', 食药监: '市场监督管理', 人社: '人力资源和社会保障', 劳动: '人力资源和社会保障',
  社保: '人力资源和社会保障', 卫健: '卫生健康', 卫计: '卫生健康', 卫生局: '卫生健康', 教委: '教育', 派出所: '公安',
  警察: '公安', 规自: '规划和自然资源', 国土: '规划和自然资源', 自然资源: '规划和自然资源', 规划: '规划和自然资源',
  农业: '农业农村', 文旅: '文化广电旅游', 旅游: '文化广电旅游', 文化: '文化广电旅游', 工信: '工业和信息化',
  科技: '科学技术', 纪委: '纪委监委', 监委: '纪委监委', 政数: '政务服务数据管理', 政务: '政务服务数据管理',
  发改: '发展和改革', 退役: '退役军人事务', 医保: '医疗保障', 应急: '应急管理', 安监: '应急管理', 水利: '水务',
  供水: '自来水', 电力: '供电', 停电: '供电', 煤气: '燃气', 电信: '通信', 移动: '通信', 联通: '通信',
  街办: '街道', 居委: '社区'
}

/** The characters of the query in the name, in order (住城局 in 住房和城乡建设局). */
function inOrder(query, name) {
  let at = 0
  for (const c of query) {
    at = name.indexOf(c, at)
    if (at < 0) return false
    at++
  }
  return true
}

/**
 * How well a unit answers the query: 0 for not at all; a name that starts with it first, then one that
 * contains it, a short name's full words, the characters in order, the code.
 */
export function unitScore(query, unit) {
  const q = (query || '').trim().toLowerCase()
  if (!q) return 1
  const name = unit.label.toLowerCase()
  if (name.startsWith(q)) return 6
  if (name.includes(q)) return 5
  const full = Object.entries(SHORT_NAMES).find(([short]) => q.includes(short))
  if (full) {
    const rest = q.replace(full[0], '')
    if (name.includes(full[1]) && inOrder(rest, name.replace(full[1], ''))) return 4
  }
  if (q.length >= 2 && inOrder(q, name)) return 3
  if ((unit.code || '').toLowerCase().includes(q)) return 2
  return 0
}

/** The units that answer the query, best first (shallower units first among equals), at most `limit`. */
export function findUnits(query, units, limit = 50) {
  return units
    .map((u) => ({ u, score: unitScore(query, u) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.u.depth - b.u.depth || a.u.label.length - b.u.label.length)
    .slice(0, limit)
    .map((x) => x.u)
}
