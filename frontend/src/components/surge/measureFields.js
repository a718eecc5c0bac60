/**
 * The surge measures' form: each measure (`SurgeMeasures`) with its fields and the bounds the server checks
 * (`MeasureRules`), so that the inputs cannot leave them; `label` is the key under `surge.measures`.
 */
export const MEASURE_GROUPS = [
  { key: 'trigger', fields: [
    { name: 'factor', label: 'factor', min: 1.1, max: 50, step: 0.1, precision: 2 },
    { name: 'minutes', label: 'minutes', min: 5, max: 240, step: 1 }
  ] },
  { key: 'callbackQueue', switch: true, fields: [
    { name: 'promiseMinutes', label: 'promiseMinutes', min: 15, max: 2880, step: 1 },
    { name: 'retryMinutes', label: 'retryMinutes', min: 1, max: 1440, step: 1 },
    { name: 'maxTries', label: 'maxTries', min: 1, max: 10, step: 1 }
  ] },
  { key: 'deflection', switch: true, fields: [
    { name: 'topic', label: 'topic', text: 200, hint: 'topicHint' },
    { name: 'share', label: 'share', min: 0, max: 0.9, step: 0.05, precision: 2 }
  ] },
  { key: 'cloudSeats', switch: true, fields: [
    { name: 'seats', label: 'seats', min: 0, max: 10000, step: 1 },
    { name: 'afterMinutes', label: 'afterMinutes', min: 0, max: 1440, step: 1 },
    { name: 'hours', label: 'hours', min: 1, max: 24, step: 1 }
  ] },
  { key: 'overflow', switch: true, fields: [
    { name: 'partners', label: 'partners', text: 500, hint: 'partnersHint' },
    { name: 'agents', label: 'agents', min: 0, max: 10000, step: 1 },
    { name: 'share', label: 'overflowShare', min: 0, max: 0.9, step: 0.05, precision: 2 }
  ] }
]

/** The body of `PUT /api/workforce/surge/measures`: every measure, as the form holds it. */
export function measuresBody(form) {
  return Object.fromEntries(MEASURE_GROUPS.map((g) => [g.key, { ...form[g.key] }]))
}

/** A data-test name for a field (`trigger.factor` → `surge-trigger-factor`). */
export function fieldTest(field) {
  return 'surge-' + field.replace('.', '-')
}
