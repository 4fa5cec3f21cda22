import type { Project } from '../project/schema'
import { lintCues, lintText } from './text'
import { parseLintSettings } from './engine'
import type { LintCueInput, LintIssue, LintOptions } from './types'

export interface ProjectLintResult {
  clipId: string
  locale: string
  kind: 'script' | 'subtitles'
  issues: LintIssue[]
}

/** Every clip's voiceover script per locale, its source cues and every translation's cues. */
export function lintProject(project: Project): ProjectLintResult[] {
  const settings = project.lint
  parseLintSettings(settings)
  const out: ProjectLintResult[] = []
  for (const clip of project.clips ?? []) {
    for (const [locale, script] of Object.entries(clip.script ?? {})) {
      if (!script) continue
      out.push({ clipId: clip.id, locale, kind: 'script', issues: lintText(script, { locale, settings }) })
    }
    const cues = clip.track?.cues ?? []
    if (cues.length)
      out.push({
        clipId: clip.id,
        locale: project.sourceLocale,
        kind: 'subtitles',
        issues: lintCues(cues, { locale: project.sourceLocale, settings })
      })
    for (const [locale, byCue] of Object.entries(clip.track?.translations ?? {})) {
      const translated: LintCueInput[] = []
      for (const cue of cues) {
        const t = byCue[cue.id]
        if (!t || t.status === 'missing' || !t.text) continue
        // The speaker (e.g. "bully") belongs to the source cue and marks the translation too.
        translated.push({ id: cue.id, startMs: cue.startMs, endMs: cue.endMs, text: t.text, speaker: cue.speaker })
      }
      if (translated.length)
        out.push({
          clipId: clip.id,
          locale,
          kind: 'subtitles',
          issues: lintCues(translated, { locale, settings } satisfies LintOptions)
        })
    }
  }
  return out
}

export function summarize(issues: readonly LintIssue[]): {
  error: number
  warning: number
  info: number
  depicted: number
} {
  const s = { error: 0, warning: 0, info: 0, depicted: 0 }
  for (const i of issues) {
    s[i.severity]++
    if (i.depicted) s.depicted++
  }
  return s
}

/**
 * The export gate. 'review' (default) never blocks; 'block-on-errors' blocks while any error that is
 * not depicted bullying remains. `reasons` lists the errors in both modes (for the export manifest).
 */
export function exportPolicyVerdict(
  project: Project,
  results: readonly ProjectLintResult[] = lintProject(project)
): { block: boolean; reasons: string[] } {
  const reasons: string[] = []
  for (const r of results) {
    const errors = r.issues.filter((i) => i.severity === 'error' && !i.depicted)
    if (!errors.length) continue
    const clip = project.clips.find((c) => c.id === r.clipId)
    const first = errors[0]
    const where = first.range.cueId ? `cue ${first.range.cueId}` : `line ${first.range.line}`
    reasons.push(
      `Clip "${clip?.title || r.clipId}" (${r.locale} ${r.kind}): ${errors.length} kindness error${errors.length === 1 ? '' : 's'}, first at ${where}: “${first.actual}” (${first.ruleId})`
    )
  }
  return { block: project.lint?.policy === 'block-on-errors' && reasons.length > 0, reasons }
}
