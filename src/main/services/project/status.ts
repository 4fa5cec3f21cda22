import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { ProjectStatus } from '../../../shared/contract/project'
import { saveVerdict, type ProjectFingerprint } from '../../../shared/project/concurrency'
import { currentFingerprint } from './fingerprint'
import { acquireLock } from './lock'

/**
 * What a window asks when the user comes back to it: did someone change the file since I read
 * it, and does my lock still stand (the window that held it may have closed: then this one takes
 * it over, so the NEXT window is warned about this one). Cheap when nothing changed: a stat, no
 * read, when size and mtime still match the base; no lock write when the lock is already ours.
 */
export async function projectStatus(
  path: string,
  sessionId: string,
  base?: ProjectFingerprint
): Promise<ProjectStatus> {
  const abs = resolve(path)
  const info = await stat(abs).catch(() => undefined)
  let changedOnDisk = false
  if (info?.isFile() && base && !(info.size === base.size && info.mtimeMs === base.mtimeMs)) {
    changedOnDisk = saveVerdict(base, await currentFingerprint(abs), false) === 'conflict'
  }
  const { openElsewhere } = await acquireLock(abs, sessionId)
  const status: ProjectStatus = { changedOnDisk, missing: !info?.isFile() }
  if (openElsewhere) status.openElsewhere = openElsewhere
  return status
}
