import { countBySeverity, runQc } from '../../subtitles/qc'
import { cuesForLocale } from '../../subtitles/translations'
import { addProblem, type OutputContext } from './context'

/**
 * QC of the cues this output burns in (source timing, this locale's text) under the project's profile,
 * with the clip's frame rate and where the end card starts, as the studio's editors check them.
 * QC errors (overlaps, over-long lines, cues past the clip…) make the output incomplete.
 */
export function checkQc(ctx: OutputContext): { error: number; warning: number; info: number } {
  const { project, clip, locale, timeline } = ctx
  const cues = cuesForLocale(clip.track, locale === project.sourceLocale ? undefined : locale)
  const issues = runQc(cues, {
    profile: project.qc.profile,
    locale,
    fps: clip.probe?.fps,
    clipDurationMs: timeline?.clipMs,
    endCardStartMs: timeline?.card?.startMs
  })
  for (const issue of issues) {
    addProblem(
      ctx,
      'qc',
      issue.severity,
      { message: issue.message, ruleId: issue.ruleId },
      {
        target: { kind: 'cue', clipId: clip.id, cueId: issue.cueId, locale },
        qc: { ruleId: issue.ruleId, messageKey: issue.messageKey, params: issue.params, severity: issue.severity }
      }
    )
  }
  return countBySeverity(issues)
}
