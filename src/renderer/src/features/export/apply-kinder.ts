import type { PreflightProblem } from '../../../../shared/preflight'
import type { Clip, Project } from '../../../../shared/project/schema'
import { withCueText } from '../../../../shared/subtitles/rich'
import { setTranslation, translationStatus } from '../../../../shared/subtitles/translations'
import { replaceRange, replacementOf } from '../script/segments'
import { replaceCue } from '../subtitles/track-updates'

/**
 * A kindness finding's kinder wording, put in place: in the cue (source or translation), the script
 * or the end-card message where the words were found. Pure: a recipe for updateProject. The range is
 * re-checked against the current text, so a finding from a moment ago cannot replace other words.
 */
export function applyKinder(project: Project, problem: PreflightProblem, suggestion: string): Project {
  const lint = problem.lint
  if (!lint) return project
  const { issue, kind } = lint
  const locale = problem.locale
  const replacement = replacementOf(suggestion)
  const swap = (text: string): string | null =>
    text.slice(issue.range.start, issue.range.end) === issue.actual
      ? replaceRange(text, issue.range, replacement)
      : null
  const withClip = (recipe: (c: Clip) => Clip): Project => {
    let changed = false
    const clips = project.clips.map((c) => {
      if (c.id !== problem.clipId) return c
      const next = recipe(c)
      changed ||= next !== c
      return next
    })
    return changed ? { ...project, clips } : project
  }
  if (kind === 'script') {
    return withClip((c) => {
      const text = swap(c.script[locale] ?? '')
      return text === null ? c : { ...c, script: { ...c.script, [locale]: text } }
    })
  }
  if (kind === 'endcard') {
    const clip = project.clips.find((c) => c.id === problem.clipId)
    const override = clip?.endCard?.message?.[locale]
    if (override !== undefined) {
      return withClip((c) => {
        const text = swap(override)
        return text === null
          ? c
          : { ...c, endCard: { ...c.endCard, message: { ...c.endCard?.message, [locale]: text } } }
      })
    }
    const text = swap(project.endCard.message[locale] ?? '')
    return text === null
      ? project
      : { ...project, endCard: { ...project.endCard, message: { ...project.endCard.message, [locale]: text } } }
  }
  const cueId = issue.range.cueId
  return withClip((c) => {
    const cue = c.track.cues.find((q) => q.id === cueId)
    if (!cue) return c
    if (locale === project.sourceLocale) {
      const text = swap(cue.text)
      // Formatting marks move with the words (withCueText), as every other text edit keeps them.
      return text === null ? c : { ...c, track: replaceCue(c.track, withCueText(cue, text)) }
    }
    const current = c.track.translations[locale]?.[cue.id]
    const text = current ? swap(current.text) : null
    if (text === null) return c
    // The producer's own wording keeps the translation's status (a done translation stays done).
    const status = translationStatus(c.track, locale, cue.id) === 'done' ? 'done' : 'draft'
    return { ...c, track: setTranslation(c.track, locale, cue.id, text, status) }
  })
}
