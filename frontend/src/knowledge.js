import { hasRole } from './session.js'

/** Who may do what in the knowledge base (docs/knowledge.md, "Who may do what"); ADMIN may everything. */
export const mayWrite = () => hasRole('AGENT', 'SUPERVISOR')
export const mayReview = () => hasRole()
export const seesStats = () => hasRole('SUPERVISOR', 'ANALYST')

export const MODES = ['combined', 'fulltext', 'semantic']

/** Lines of a text area as a list, blank ones dropped. */
export const lines = (text) => (text || '').split(/\r?\n/).map((s) => s.trim()).filter(Boolean)

/** Tags typed in one field, separated by commas (either width), `|` or spaces in between. */
export const tagList = (text) => (text || '').split(/[,，|、]/).map((s) => s.trim()).filter(Boolean)

/** The body of `POST`/`PUT /api/knowledge/articles` from the editor's form. */
export function articleBody(form) {
  return {
    title: form.title,
    answer: form.answer,
    questions: lines(form.questions),
    categoryCode: form.categoryCode || null,
    department: form.department || null,
    source: form.source || null,
    public: !!form.public,
    effectiveFrom: form.effectiveFrom || null,
    expiresAt: form.expiresAt || null,
    tags: tagList(form.tags)
  }
}

/** The editor's form for an article (or a new one). */
export function articleForm(article) {
  return {
    title: article?.title || '',
    answer: article?.answer || '',
    questions: (article?.questions || []).join('\n'),
    categoryCode: article?.categoryCode || null,
    department: article?.department || '',
    source: article?.source || '',
    public: !!article?.public,
    effectiveFrom: article?.effectiveFrom || null,
    expiresAt: article?.expiresAt || null,
    tags: (article?.tags || []).join('，')
  }
}
