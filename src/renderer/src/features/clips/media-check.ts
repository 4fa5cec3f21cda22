import { client } from '../../app/client'
import { emitSignal } from '../../app/harness'
import { useStudio } from '../../store'
import { mediaKey, sameIds } from './media-keys'

/** Few stats at a time: a 300-clip project on a network drive must not flood main or the disk. */
export const MEDIA_CHECK_CONCURRENCY = 4

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      out[i] = await fn(items[i])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return out
}

let running: Promise<void> | null = null
let again = false

/**
 * Re-checks that every clip's media is still where the project says (media.resolve = one stat
 * each) and updates the missing-media banners: a file deleted or renamed while the project is
 * open gets its Relink banner; one that came back loses it. Calls while a check runs are folded
 * into one follow-up check; the store is only touched when the answer changed.
 */
export function checkMediaNow(): Promise<void> {
  if (running) {
    again = true
    return running
  }
  running = runCheck().finally(() => {
    running = null
    if (again) {
      again = false
      void checkMediaNow()
    }
  })
  return running
}

async function runCheck(): Promise<void> {
  const { project, projectPath } = useStudio.getState()
  if (!project || project.clips.length === 0) return
  const clips = project.clips
  const key = mediaKey(projectPath, clips)
  const results = await mapLimit(
    clips,
    MEDIA_CHECK_CONCURRENCY,
    (clip) =>
      client()
        ['media.resolve']({ projectPath, media: clip.media })
        .then(
          (r) => r.exists,
          () => true
        ) // an error answering is not proof the file is gone
  )
  const now = useStudio.getState()
  // Clips added, removed or relinked while checking: this answer is for an old list.
  if (!now.project || mediaKey(now.projectPath, now.project.clips) !== key) {
    again = true
    return
  }
  const missing = clips.filter((_, i) => !results[i]).map((c) => c.id)
  const changed = !sameIds(missing, useStudio.getState().missingMedia)
  if (changed) useStudio.getState().setMissingMedia(missing)
  emitSignal('media-checked', { missing, changed })
}

/**
 * Selecting a clip re-checks that one file (one stat): the player is about to load it, and a
 * file gone since the last check should get its Relink banner right there, not a black stage.
 */
export async function checkClipMedia(clipId: string): Promise<void> {
  const { project, projectPath } = useStudio.getState()
  const clip = project?.clips.find((c) => c.id === clipId)
  if (!clip) return
  const exists = await client()
    ['media.resolve']({ projectPath, media: clip.media })
    .then(
      (r) => r.exists,
      () => true
    )
  const now = useStudio.getState()
  if (now.projectPath !== projectPath || now.project?.clips.find((c) => c.id === clipId)?.media !== clip.media) return
  const listed = useStudio.getState().missingMedia.includes(clipId)
  if (exists === !listed) return
  const missing = exists
    ? useStudio.getState().missingMedia.filter((id) => id !== clipId)
    : [...useStudio.getState().missingMedia, clipId]
  useStudio.getState().setMissingMedia(missing)
  emitSignal('media-checked', { missing, changed: true, clipId })
}
