import type { LintCategory } from '../../../../shared/lint'
import type { EditorKey } from '../../i18n/keys'

export const CATEGORY_KEYS: Record<LintCategory, EditorKey> = {
  threat: 'lint.category.threat',
  'self-harm': 'lint.category.selfHarm',
  identity: 'lint.category.identity',
  insult: 'lint.category.insult',
  exclusion: 'lint.category.exclusion',
  body: 'lint.category.body',
  profanity: 'lint.category.profanity',
  condescension: 'lint.category.condescension',
  ableist: 'lint.category.ableist',
  gendered: 'lint.category.gendered',
  depiction: 'lint.category.depiction',
  custom: 'lint.category.custom',
  meta: 'lint.category.meta'
}
