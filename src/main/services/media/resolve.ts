import { access } from 'node:fs/promises'
import { resolve } from 'node:path'
import { mediaPathCandidates } from '../../../shared/project/media-path'

/**
 * A clip's media path on disk (relative paths resolve against the project file) and whether it
 * exists. Of mediaPathCandidates' readings the first that exists wins (a Linux name holding "\\"
 * verbatim, else an old hand-written "clips\\a.mp4"); when none exists, the first is reported.
 */
export async function resolveMedia(
  projectPath: string | null,
  media: string
): Promise<{ path: string; exists: boolean }> {
  const candidates = mediaPathCandidates(projectPath === null ? null : resolve(projectPath), media).map((p) =>
    resolve(p)
  )
  for (const path of candidates) {
    if (
      await access(path).then(
        () => true,
        () => false
      )
    )
      return { path, exists: true }
  }
  return { path: candidates[0]!, exists: false }
}

/** resolveMedia's path alone: where the file is, or where it should be. */
export async function locateMedia(projectPath: string | null, media: string): Promise<string> {
  return (await resolveMedia(projectPath, media)).path
}
