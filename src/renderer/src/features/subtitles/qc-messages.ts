/**
 * The QC rules' message keys (H4's rules name them; the editor namespace translates them). Listed as
 * literals so the i18n tests can see each key is used, and unknown keys fall back to the English text.
 */
export const QC_MESSAGE_KEYS = new Set([
  'qc.emptyCue',
  'qc.maxCpl',
  'qc.maxDuration',
  'qc.maxLines',
  'qc.minDuration',
  'qc.minGap',
  'qc.outsideClip',
  'qc.overlap',
  'qc.readingSpeed',
  'qc.underEndCard'
])

export const SEVERITY_KEYS = { error: 'lint.severity.error', warning: 'lint.severity.warning', info: 'lint.severity.info' } as const
