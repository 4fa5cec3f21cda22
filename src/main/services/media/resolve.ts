import { access } from 'node:fs/promises'
import { resolve } from 'node:path'
import { resolveMediaPath } from '../../../shared/project/media-path'

/** A clip's media path on disk (relative paths resolve against the project file) and whether it exists. */
export async function resolveMedia(projectPath: string | null, media: string): Promise<{ path: string; exists: boolean }> {
  const path = resolve(resolveMediaPath(projectPath === null ? null : resolve(projectPath), media))
  const exists = await access(path).then(() => true, () => false)
  return { path, exists }
}
