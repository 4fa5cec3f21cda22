import { hostname } from 'node:os'
import { judgeLock } from '../../../shared/project/concurrency'
import { recoverySid } from '../../../shared/project/recovery-name'
import { pidAlive, readLock } from './lock'

/**
 * The recovery sid of the OTHER session that holds `projectPath`'s live lock, if any: that window
 * is open (not crashed) and still has its edits, so its recovery file is not offered elsewhere.
 * A stale lock (dead pid, or too old from another machine) means that window is gone: its file is offered.
 */
export async function liveLockSid(projectPath: string, sessionId?: string): Promise<string | undefined> {
  const seen = await readLock(projectPath)
  if (!seen?.lock) return undefined
  const verdict = judgeLock(seen, { sessionId: sessionId ?? '', hostname: hostname(), now: Date.now(), pidAlive })
  return verdict === 'elsewhere' ? recoverySid(seen.lock.sessionId) : undefined
}
