import type { LintCategory, LintIssue } from '../../../../shared/lint'

/** Issues per category, most frequent first (ties by name), for the lint panel's summary. */
export function countByCategory(issues: readonly LintIssue[]): { category: LintCategory; count: number }[] {
  const counts = new Map<LintCategory, number>()
  for (const i of issues) counts.set(i.category, (counts.get(i.category) ?? 0) + 1)
  return [...counts]
    .map(([category, count]) => ({ category, count }))
    .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category))
}
