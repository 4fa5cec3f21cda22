import { translationStatus } from '../../subtitles/translations'
import { addProblem, excerpt, type OutputContext } from './context'

/**
 * Translation completeness of a target-locale output: a locale nobody translated at all is one
 * problem; otherwise every missing or outdated cue is an error (it would show no subtitle, or the
 * translation of words that are no longer said) and every draft a warning.
 */
export function checkTranslations(ctx: OutputContext): { missing: number; draft: number; outdated: number } {
  const { project, clip, locale } = ctx
  const counts = { missing: 0, draft: 0, outdated: 0 }
  const cues = clip.track.cues
  if (locale !== project.sourceLocale && !project.targetLocales.includes(locale)) {
    addProblem(ctx, 'locale-not-target', 'warning', { locale }, { target: { kind: 'export', field: 'locales' } })
  }
  if (cues.length === 0) {
    addProblem(ctx, 'no-subtitles', 'warning', {}, { target: { kind: 'clip', clipId: clip.id, field: 'media' } })
    return counts
  }
  if (locale === project.sourceLocale) return counts
  const byId = clip.track.translations[locale] ?? {}
  const any = cues.some((c) => byId[c.id] && byId[c.id].status !== 'missing' && byId[c.id].text.trim() !== '')
  if (!any) {
    counts.missing = cues.length
    addProblem(
      ctx,
      'translation-none',
      'error',
      { locale, cues: cues.length },
      { target: { kind: 'cue', clipId: clip.id, cueId: cues[0].id, locale } }
    )
    return counts
  }
  cues.forEach((cue, i) => {
    // A one-cue view of the track: translationStatus looks the cue up by id, which is linear per call.
    const status = translationStatus({ cues: [cue], translations: clip.track.translations }, locale, cue.id)
    const target = { kind: 'cue' as const, clipId: clip.id, cueId: cue.id, locale }
    const params = { n: i + 1, locale, source: excerpt(cue.text) }
    if (status === 'missing') {
      counts.missing++
      addProblem(ctx, 'translation-missing', 'error', params, { target })
    } else if (status === 'outdated') {
      counts.outdated++
      addProblem(ctx, 'translation-outdated', 'error', params, { target })
    } else if (status === 'draft') {
      counts.draft++
      addProblem(ctx, 'translation-draft', 'warning', { n: i + 1, locale }, { target })
    }
  })
  return counts
}
