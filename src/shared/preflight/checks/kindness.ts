import { lintText, summarize, type LintIssue } from '../../lint'
import { addProblem, type OutputContext } from './context'

/**
 * Kindness findings of what this output says: its subtitles and end-card message in this locale and
 * the voiceover script of this locale. Errors that are not depicted bullying are a "reconsider"
 * moment (shown with their kinder wording, never a hard block), unless the project's lint policy is
 * block-on-errors: then they stop the output, as the policy says.
 */
export function checkKindness(ctx: OutputContext): { error: number; warning: number; info: number; depicted: number } {
  const { project, clip, locale, endCard } = ctx
  const found: { issue: LintIssue; kind: 'script' | 'subtitles' | 'endcard' }[] = []
  for (const r of ctx.lint) {
    if (r.clipId !== clip.id || r.locale !== locale) continue
    for (const issue of r.issues) found.push({ issue, kind: r.kind })
  }
  const message = endCard.enabled ? (endCard.message[locale] ?? '').trim() : ''
  if (message)
    for (const issue of lintText(message, { locale, settings: project.lint })) found.push({ issue, kind: 'endcard' })

  const blocking = project.lint.policy === 'block-on-errors'
  for (const { issue, kind } of found) {
    if (issue.severity !== 'error' || issue.depicted) continue
    const target =
      kind === 'script'
        ? { kind: 'script' as const, clipId: clip.id, locale, line: issue.range.line }
        : kind === 'endcard'
          ? { kind: 'endcard' as const, clipId: clip.id, locale, field: 'message' as const }
          : { kind: 'cue' as const, clipId: clip.id, cueId: issue.range.cueId ?? '', locale }
    addProblem(
      ctx,
      'kindness',
      blocking ? 'error' : 'reconsider',
      { actual: issue.actual, message: issue.message, ruleId: issue.ruleId },
      {
        ...(blocking ? { blocks: 'policy' as const } : {}),
        target,
        lint: { issue, kind }
      }
    )
  }
  return summarize(found.map((f) => f.issue))
}
