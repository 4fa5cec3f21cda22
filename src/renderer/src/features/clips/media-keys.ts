/** Pure helpers of the media re-check (media-check.ts), kept apart so they are tested with plain values. */

export function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false
  const set = new Set(a)
  return b.every((id) => set.has(id))
}

/** What the check depends on: which clips point at which files (not titles, cues or anything else typed). */
export function mediaKey(projectPath: string | null, clips: readonly { id: string; media: string }[]): string {
  return JSON.stringify([projectPath, clips.map((c) => [c.id, c.media])])
}
