import { createI18n } from 'vue-i18n'
import zhCN from './zh-CN.json'
import en from './en.json'

// each feature may keep its texts apart: parts/<feature>.zh-CN.json and parts/<feature>.en.json,
// merged over the common files (a top-level section of its own per feature)
const parts = import.meta.glob('./parts/*.json', { eager: true, import: 'default' })

function merged(common, locale) {
  const messages = { ...common }
  for (const [file, part] of Object.entries(parts)) {
    if (!file.endsWith('.' + locale + '.json')) continue
    for (const [section, texts] of Object.entries(part)) {
      messages[section] = (typeof texts === 'object' && typeof messages[section] === 'object')
        ? { ...messages[section], ...texts } : texts
    }
  }
  return messages
}

const saved = localStorage.getItem('hotline.locale')

export default createI18n({
  legacy: false,
  locale: saved === 'en' ? 'en' : 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': merged(zhCN, 'zh-CN'), en: merged(en, 'en') }
})
