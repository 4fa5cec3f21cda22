import type { HandlersFor } from '../../shared/contract/define'
import type { Events } from '../../shared/contract'
import { lintOps } from '../../shared/contract/lint'
import { exportPolicyVerdict, lintCues, lintProject, lintText, summarize } from '../../shared/lint'

/** The lint engine is pure; main runs the same code the renderer runs, for the CLI, bridge and export. */
export function lintHandlers(): HandlersFor<typeof lintOps, Events> {
  return {
    'lint.project': async ({ project }) => {
      const results = lintProject(project)
      return {
        results,
        summary: summarize(results.flatMap((r) => r.issues)),
        verdict: exportPolicyVerdict(project, results)
      }
    },
    'lint.text': async ({ text, locale, settings }) => {
      const issues = lintText(text, { locale, settings })
      return { issues, summary: summarize(issues) }
    },
    'lint.cues': async ({ cues, locale, settings }) => {
      const issues = lintCues(cues, { locale, settings })
      return { issues, summary: summarize(issues) }
    }
  }
}
