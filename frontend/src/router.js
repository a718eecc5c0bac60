import { createRouter, createWebHistory } from 'vue-router'
import { session, loadSession, homeOf } from './session.js'
import LoginPage from './views/LoginPage.vue'
import AgentWorkstation from './views/AgentWorkstation.vue'
import DispatchQueue from './views/DispatchQueue.vue'
import UnitInbox from './views/UnitInbox.vue'
import CallbackQueue from './views/CallbackQueue.vue'
import SupervisionDesk from './views/SupervisionDesk.vue'
import OrderDetail from './views/OrderDetail.vue'
import OrderSearchPage from './views/OrderSearchPage.vue'
import AdminConsole from './views/admin/AdminConsole.vue'
import PortalSubmit from './views/portal/PortalSubmit.vue'
import PortalTrack from './views/portal/PortalTrack.vue'

const routes = [
  { path: '/login', component: LoginPage, meta: { public: true } },
  // the citizen portal: public, no staff session
  { path: '/portal', component: PortalSubmit, meta: { public: true, portal: true } },
  { path: '/portal/track/:token', component: PortalTrack, props: true, meta: { public: true, portal: true } },
  { path: '/portal/track', component: PortalTrack, meta: { public: true, portal: true } },
  // 多援一: a helper sent by the province sets its password with its one-time code
  { path: '/help/activate', component: () => import('./views/HelpActivate.vue'), meta: { public: true } },
  { path: '/portal/knowledge', component: () => import('./views/portal/PortalKnowledge.vue'), meta: { public: true, portal: true } },
  { path: '/', redirect: () => homeOf(session.me) },
  { path: '/agent', component: AgentWorkstation },
  { path: '/dispatch', component: DispatchQueue },
  { path: '/inbox', component: UnitInbox },
  { path: '/callback', component: CallbackQueue },
  { path: '/callback/plans', component: () => import('./views/CallbackPlans.vue') },
  { path: '/supervision', component: SupervisionDesk },
  { path: '/search', component: OrderSearchPage },
  // loaded on first visit: the chart library stays out of the other pages' bundle
  { path: '/dispatch-quality', component: () => import('./views/DispatchQuality.vue') },
  { path: '/cockpit', component: () => import('./views/Cockpit.vue') },
  { path: '/reply-quality', component: () => import('./views/ReplyQuality.vue') },
  { path: '/province/mappings', component: () => import('./views/CategoryMappings.vue') },
  { path: '/knowledge', component: () => import('./views/KnowledgePage.vue') },
  { path: '/collective', component: () => import('./views/CollectiveCases.vue') },
  { path: '/reports', component: () => import('./views/ReportsPage.vue') },
  { path: '/wallboard', component: () => import('./views/CallWallboard.vue') },
  { path: '/workforce/forecast', component: () => import('./views/ContactForecast.vue') },
  { path: '/workforce/roster', component: () => import('./views/RosterGrid.vue') },
  { path: '/workforce/my-schedule', component: () => import('./views/MySchedule.vue') },
  { path: '/workforce/requests', component: () => import('./views/RequestReview.vue') },
  { path: '/workforce/surge', component: () => import('./views/SurgeDesk.vue') },
  { path: '/training/my-exams', component: () => import('./views/training/MyExams.vue') },
  { path: '/training/bank', component: () => import('./views/training/QuestionBank.vue') },
  { path: '/training/exams', component: () => import('./views/training/ExamComposer.vue') },
  { path: '/training/progress', component: () => import('./views/training/TrainingProgress.vue') },
  { path: '/quality', component: () => import('./views/QualityDesk.vue') },
  { path: '/quality/mine', component: () => import('./views/MyInspections.vue') },
  { path: '/quality/appeals', component: () => import('./views/AppealsPage.vue') },
  { path: '/province', component: () => import('./views/ProvincePage.vue') },
  { path: '/orders/:id', component: OrderDetail, props: true },
  { path: '/assist/scripts', component: () => import('./views/AssistScripts.vue') },
  { path: '/admin', component: AdminConsole },
  { path: '/:rest(.*)*', redirect: '/' }
]

const router = createRouter({ history: createWebHistory(), routes })

router.beforeEach(async (to) => {
  if (to.meta.portal) return
  if (!session.loaded) await loadSession()
  if (!to.meta.public && !session.me) return { path: '/login', query: { next: to.fullPath } }
  if (to.path === '/login' && session.me) return homeOf(session.me)
})

export default router
