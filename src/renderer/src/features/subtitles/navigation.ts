/** Moving through a cue list: pure, so the keyboard actions and the tests agree. */
export function neighbourCueId(ids: readonly string[], current: string | null, step: 1 | -1): string | null {
  if (ids.length === 0) return null
  if (current === null) return step === 1 ? ids[0] : ids[ids.length - 1]
  const i = ids.indexOf(current)
  if (i === -1) return ids[0]
  const next = i + step
  return next < 0 || next >= ids.length ? current : ids[next]
}

/** The next cue (after `current`, wrapping around) that has an issue; null when none has. */
export function nextIssueCueId(
  ids: readonly string[],
  withIssues: ReadonlySet<string>,
  current: string | null
): string | null {
  if (withIssues.size === 0 || ids.length === 0) return null
  const start = current === null ? -1 : ids.indexOf(current)
  for (let k = 1; k <= ids.length; k++) {
    const id = ids[(start + k + ids.length) % ids.length]
    if (withIssues.has(id)) return id
  }
  return null
}

/** Index of the cue under the playhead, else of the last cue that started before it (-1 if none). */
export function cueIndexAt(cues: readonly { startMs: number; endMs: number }[], ms: number): number {
  let lo = 0
  let hi = cues.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (cues[mid].startMs <= ms) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return found
}
