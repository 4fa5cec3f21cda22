import type { OutputTimeline } from '../../export/output-timeline'
import type { Preset } from '../../export/presets'
import type { ProjectLintResult } from '../../lint'
import type { Clip, EndCard, Project } from '../../project/schema'
import { preflightMessage } from '../messages'
import type { PreflightBlock, PreflightCode, PreflightFacts, PreflightProblem, PreflightSeverity } from '../types'

/** Everything one clip × locale output's checks read, and where they put what they find. */
export interface OutputContext {
  project: Project
  clip: Clip
  locale: string
  preset: Preset
  facts: PreflightFacts
  /** The clip's output timeline from its stored probe; null when it was never probed. */
  timeline: OutputTimeline | null
  endCard: EndCard
  /** lintProject's results for this clip (every locale and kind). */
  lint: readonly ProjectLintResult[]
  problems: PreflightProblem[]
}

export type ProblemExtra = Partial<Pick<PreflightProblem, 'blocks' | 'target' | 'qc' | 'lint'>>

export function addProblem(
  ctx: OutputContext,
  code: PreflightCode,
  severity: PreflightSeverity,
  params: Record<string, string | number>,
  extra: ProblemExtra = {}
): void {
  const blocks: PreflightBlock | undefined = severity === 'error' ? (extra.blocks ?? 'content') : undefined
  ctx.problems.push({
    code,
    severity,
    ...(blocks ? { blocks } : {}),
    clipId: ctx.clip.id,
    locale: ctx.locale,
    message: preflightMessage(code, params),
    params,
    ...(extra.target ? { target: extra.target } : {}),
    ...(extra.qc ? { qc: extra.qc } : {}),
    ...(extra.lint ? { lint: extra.lint } : {})
  })
}

/** First characters of a cue for a message, on one line. */
export function excerpt(text: string, max = 60): string {
  const one = text.replace(/\s+/g, ' ').trim()
  const chars = [...one]
  return chars.length <= max ? one : `${chars.slice(0, max - 1).join('')}…`
}
