import { useMemo } from 'react'
import { createIncrementalLinter, type LintIssue, type LintSettings } from '../../../../shared/lint'

/** Live kindness lint for a script: the incremental linter re-lints only the lines that changed. */
export function useScriptLint(text: string, locale: string, settings: LintSettings | undefined): LintIssue[] {
  const linter = useMemo(() => createIncrementalLinter({ locale, settings }), [locale, settings])
  return useMemo(() => linter.update(text), [linter, text])
}
