import { session } from './session.js'

/**
 * The lifecycle's actions as the workstation offers them: who may, from which states, and
 * the fields of their form. The server decides; this only hides buttons that would be refused.
 */
export const ACTIONS = {
  finish: { role: 'AGENT', from: ['REGISTERED'], fields: [{ key: 'answer', type: 'textarea', required: true }] },
  dispatch: {
    role: 'DISPATCHER',
    from: ['REGISTERED', 'RETURNED', 'REOPENED'],
    fields: [
      { key: 'mainUnit', type: 'unit' },
      { key: 'coUnits', type: 'units' },
      { key: 'note', type: 'textarea' }
    ],
    body: (v) => {
      const unitIds = v.mainUnit ? [v.mainUnit, ...(v.coUnits || []).filter((u) => u !== v.mainUnit)] : undefined
      return { unitIds, defaultUnit: !v.mainUnit && v.useDefault ? true : undefined, note: v.note || undefined }
    }
  },
  sign: { role: 'HANDLER', main: true, from: ['DISPATCHED'], fields: [] },
  return: { role: 'HANDLER', main: true, from: ['DISPATCHED', 'HANDLING'], fields: [{ key: 'reason', type: 'textarea', required: true }] },
  extend: {
    role: 'HANDLER',
    main: true,
    from: ['HANDLING'],
    when: (o) => !o.pendingExtensionDays,
    fields: [
      { key: 'days', type: 'number', initial: 3 },
      { key: 'reason', type: 'textarea', required: true }
    ]
  },
  reply: {
    role: 'HANDLER',
    main: true,
    from: ['HANDLING'],
    fields: [
      { key: 'content', type: 'textarea', required: true },
      { key: 'resolved', type: 'switch', initial: true }
    ]
  },
  'approve-extension': {
    role: 'SUPERVISOR',
    from: ['HANDLING'],
    when: (o) => !!o.pendingExtensionDays,
    fields: [
      { key: 'approved', type: 'switch', initial: true },
      { key: 'note', type: 'textarea' }
    ]
  },
  callback: {
    role: 'CALLBACK',
    from: ['REPLIED'],
    fields: [
      // shown by CallbackDialog, which assumes nothing: no outcome, verdict or resolved is chosen for the staff
      { key: 'satisfaction', type: 'select', options: ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'], prefix: 'satisfaction' },
      { key: 'resolved', type: 'switch' },
      { key: 'comment', type: 'textarea' }
    ]
  },
  supervise: {
    role: 'SUPERVISOR',
    from: ['REGISTERED', 'DISPATCHED', 'HANDLING', 'RETURNED', 'REPLIED', 'REOPENED'],
    fields: [{ key: 'note', type: 'textarea', required: true }]
  }
}

/** The actions the signed-in user may take on this order now. */
export function actionsFor(order) {
  const me = session.me
  if (!me || !order) return []
  const admin = me.roles.includes('ADMIN')
  return Object.entries(ACTIONS)
    .filter(([, a]) => admin || me.roles.includes(a.role))
    .filter(([, a]) => a.from.includes(order.status))
    .filter(([, a]) => !a.main || admin || (me.unitId != null && me.unitId === order.mainUnitId))
    .filter(([, a]) => !a.when || a.when(order))
    .map(([name]) => name)
}
