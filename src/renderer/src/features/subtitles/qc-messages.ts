import type { EditorKey } from '../../i18n/keys'

/**
 * The QC rules' message keys (H4's rules name them; the editor namespace translates them). Listed as
 * literals so the i18n tests can see each key is used, and checked against the editor namespace by
 * `satisfies`, so a rule key without a translation fails the build; unknown keys from a newer rule
 * fall back to the rule's English text.
 */
const QC_MESSAGE_KEY_LIST = [
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
] as const satisfies readonly EditorKey[]

export type QcMessageKey = (typeof QC_MESSAGE_KEY_LIST)[number]

const QC_MESSAGE_KEYS: ReadonlySet<string> = new Set(QC_MESSAGE_KEY_LIST)

/** Narrows a rule's message key (a plain string from src/shared) to a key `t` accepts. */
export function isQcMessageKey(key: string): key is QcMessageKey {
  return QC_MESSAGE_KEYS.has(key)
}

export const SEVERITY_KEYS = {
  error: 'lint.severity.error',
  warning: 'lint.severity.warning',
  info: 'lint.severity.info'
} as const satisfies Record<string, EditorKey>
