import type { TFunction } from 'i18next'
import type { PreflightCode, PreflightProblem, PreflightTarget } from '../../../../shared/preflight'
import { keyTable, type CommonKey } from '../../i18n/keys'
import { isQcMessageKey } from '../subtitles/qc-messages'

/** Pre-flight codes → their message in the common namespace (same params as the English template). */
export const PROBLEM_KEYS: Record<PreflightCode, CommonKey> = keyTable<CommonKey>()({
  'translation-none': 'review.problem.translationNone',
  'translation-missing': 'review.problem.translationMissing',
  'translation-outdated': 'review.problem.translationOutdated',
  'translation-draft': 'review.problem.translationDraft',
  'locale-not-target': 'review.problem.localeNotTarget',
  'no-subtitles': 'review.problem.noSubtitles',
  qc: 'review.problem.qc',
  kindness: 'review.problem.kindness',
  'media-missing': 'review.problem.mediaMissing',
  'media-changed': 'review.problem.mediaChanged',
  'media-touched': 'review.problem.mediaTouched',
  'media-unrecorded': 'review.problem.mediaUnrecorded',
  'probe-missing': 'review.problem.probeMissing',
  'endcard-name-missing': 'review.problem.endcardNameMissing',
  'endcard-handle-missing': 'review.problem.endcardHandleMissing',
  'endcard-photo-missing': 'review.problem.endcardPhotoMissing',
  'endcard-photo-not-found': 'review.problem.endcardPhotoNotFound',
  'endcard-message-missing': 'review.problem.endcardMessageMissing',
  'font-missing-glyph': 'review.problem.fontMissingGlyph',
  'font-fallback': 'review.problem.fontFallback',
  'font-system': 'review.problem.fontSystem',
  'font-unverified': 'review.problem.fontUnverified',
  'font-not-installed': 'review.problem.fontNotInstalled',
  'duration-over-limit': 'review.problem.durationOverLimit',
  'duration-long': 'review.problem.durationLong',
  'size-may-exceed': 'review.problem.sizeMayExceed',
  'output-collision': 'review.problem.outputCollision',
  'output-renamed': 'review.problem.outputRenamed',
  'output-exists': 'review.problem.outputExists',
  'output-exists-same': 'review.problem.outputExistsSame',
  'output-replaces': 'review.problem.outputReplaces',
  'output-stale-final': 'review.problem.outputStaleFinal'
})

const WHERE_KEYS = keyTable<CommonKey>()({
  cue: 'review.where.cue',
  name: 'review.where.name',
  handle: 'review.where.handle',
  message: 'review.where.message'
})
const DETAIL_KEYS = keyTable<CommonKey>()({
  size: 'review.detail.size',
  content: 'review.detail.content',
  unverifiable: 'review.detail.unverifiable',
  unrecorded: 'review.detail.unrecorded',
  older: 'review.detail.older',
  different: 'review.detail.different',
  changed: 'review.detail.changed',
  same: 'review.detail.same'
})

const pick = <T extends Record<string, CommonKey>>(table: T, key: unknown): CommonKey | undefined =>
  typeof key === 'string' && key in table ? table[key as keyof T] : undefined

/**
 * A problem's sentence in the UI language: the code's message with its params, where the English
 * parts of the params (where in the output, what about a file) are said again in the UI language.
 * QC findings use the editors' QC messages; kindness findings keep the rule pack's own words.
 */
export function problemText(t: TFunction<['common', 'editor']>, p: PreflightProblem): string {
  if (p.qc)
    return isQcMessageKey(p.qc.messageKey)
      ? t(`editor:${p.qc.messageKey}`, { ...p.qc.params, defaultValue: p.message })
      : p.message
  const params: Record<string, string | number> = { ...p.params }
  const whereKey = pick(WHERE_KEYS, p.params.whereKind)
  if (whereKey) params.where = t(whereKey, { n: p.params.cueNumber })
  const detailKey = pick(DETAIL_KEYS, p.params.detailKind)
  if (detailKey) params.detail = t(detailKey, { from: p.params.from, to: p.params.to, when: p.params.when })
  return t(PROBLEM_KEYS[p.code], { ...params, defaultValue: p.message })
}

/** The label of the link that jumps to where the problem is fixed. */
export function targetLabel(
  t: TFunction<['common', 'editor']>,
  target: PreflightTarget,
  cueNumber: (clipId: string, cueId: string) => number
): string {
  switch (target.kind) {
    case 'cue':
      return t('review.open.cue', { n: cueNumber(target.clipId, target.cueId) })
    case 'script':
      return t('review.open.script', { n: target.line })
    case 'endcard':
      return t('review.open.endcard')
    case 'clip':
      return t('review.open.clip')
    default:
      return t('review.open.export')
  }
}
