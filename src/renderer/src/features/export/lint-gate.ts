import type { Project } from '../../../../shared/project/schema'
import { exportPolicyVerdict, lintProject } from '../../../../shared/lint'

export interface ExportLintIssue {
  clipTitle: string
  locale: string
  severity: 'error' | 'warning' | 'info'
  message: string
  actual: string
}

export interface LintGate {
  issues: ExportLintIssue[]
  policy: Project['lint']['policy']
  /** block-on-errors with an error left (depicted bullying excluded): Start is disabled. */
  blocked: boolean
}

/**
 * What the export would ship with, from the same lint engine and policy verdict main uses for the
 * manifest. Errors and warnings only; depicted bullying (a character being mean, on purpose) is
 * part of the story and is not listed for review.
 */
export function exportLintGate(project: Project): LintGate {
  const issues: ExportLintIssue[] = []
  for (const r of lintProject(project)) {
    const clipTitle = project.clips.find((c) => c.id === r.clipId)?.title ?? r.clipId
    for (const i of r.issues) {
      if (i.depicted || i.severity === 'info') continue
      issues.push({ clipTitle, locale: r.locale, severity: i.severity, message: i.message, actual: i.actual })
    }
  }
  issues.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
  return { issues, policy: project.lint.policy, blocked: exportPolicyVerdict(project).block }
}
