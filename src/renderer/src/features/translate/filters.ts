import type { TranslationStatus } from '../../../../shared/project/schema'

export type TranslateFilter = 'all' | 'missing' | 'outdated' | 'issues'

/** Which cue ids a filter keeps, in track order. */
export function filterCueIds(
  ids: readonly string[],
  filter: TranslateFilter,
  statusOf: (id: string) => TranslationStatus,
  withIssues: ReadonlySet<string>
): string[] {
  switch (filter) {
    case 'all':
      return [...ids]
    case 'missing':
      return ids.filter((id) => statusOf(id) === 'missing')
    case 'outdated':
      return ids.filter((id) => statusOf(id) === 'outdated')
    case 'issues':
      return ids.filter((id) => withIssues.has(id))
  }
}
