import { readFileSync, unlinkSync } from 'node:fs'
import { readFile, stat, unlink } from 'node:fs/promises'
import { hostname as osHostname } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import {
  describeElsewhere,
  judgeLock,
  ProjectLock,
  type LockObservation,
  type OpenElsewhere
} from '../../../shared/project/concurrency'
import { writeFileAtomic } from './atomic-write'
import { pidAlive } from '../fs/owner'

/**
 * "Is this project open somewhere else?" An advisory lock file next to the project,
 * `.<name>.kindframe.lock` = {sessionId, pid, hostname, openedAt}. It never blocks anything (a
 * stale lock must not lock a user out of their own work): it lets a second window say so, and
 * the fingerprint check on save is what actually prevents a silent overwrite.
 * A session is one window/tab (the renderer's id), not a process: Electron windows and bridge tabs
 * share one main process, so the pid alone cannot tell them apart.
 */
export function lockPathFor(projectPath: string): string {
  const abs = resolve(projectPath)
  return join(dirname(abs), `.${basename(abs)}.lock`)
}

/** Locks this process wrote and still holds: removed when the process exits (quit, Ctrl-C of the bridge). */
const held = new Map<string, string>()
let exitHookInstalled = false

export interface LockOptions {
  hostname?: string
  pid?: number
  now?: number
  pidAlive?: (pid: number) => boolean
}

export { pidAlive }

export async function readLock(projectPath: string): Promise<LockObservation | undefined> {
  const path = lockPathFor(projectPath)
  const info = await stat(path).catch(() => undefined)
  if (!info?.isFile()) return undefined
  const text = await readFile(path, 'utf8').catch(() => '')
  return { lock: parseLock(text), mtimeMs: info.mtimeMs }
}

function parseLock(text: string): ProjectLock | null {
  try {
    const parsed = ProjectLock.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/**
 * Takes the lock for `sessionId` unless another live session holds it; then reports that
 * session instead (and leaves its lock alone). A folder we cannot write to is not an error: the
 * project still opens, there is just no lock to warn others.
 */
export async function acquireLock(
  projectPath: string,
  sessionId: string,
  opts: LockOptions = {}
): Promise<{ openElsewhere?: OpenElsewhere }> {
  const host = opts.hostname ?? osHostname()
  const seen = await readLock(projectPath)
  const verdict = judgeLock(seen, {
    sessionId,
    hostname: host,
    now: opts.now ?? Date.now(),
    pidAlive: opts.pidAlive ?? pidAlive
  })
  if (verdict === 'elsewhere' && seen) return { openElsewhere: describeElsewhere(seen, host) }
  const lock: ProjectLock = {
    sessionId,
    pid: opts.pid ?? process.pid,
    hostname: host,
    openedAt: verdict === 'own' && seen?.lock ? seen.lock.openedAt : new Date(opts.now ?? Date.now()).toISOString()
  }
  const path = lockPathFor(projectPath)
  // Re-checks on every window focus: rewrite only when something would change.
  if (verdict === 'own' && seen?.lock && seen.lock.pid === lock.pid && seen.lock.hostname === lock.hostname) {
    remember(path, sessionId)
    return {}
  }
  try {
    await writeFileAtomic(path, JSON.stringify(lock))
    remember(path, sessionId)
  } catch {
    // Read-only folder or full disk: opening must still work; the save-time fingerprint check still protects the file.
  }
  return {}
}

/** Removes the lock if (and only if) it is this session's: never another window's. */
export async function releaseLock(projectPath: string, sessionId: string): Promise<{ released: boolean }> {
  const path = lockPathFor(projectPath)
  const seen = await readLock(projectPath)
  if (!seen?.lock || seen.lock.sessionId !== sessionId) return { released: false }
  held.delete(path)
  const released = await unlink(path).then(
    () => true,
    () => false
  )
  return { released }
}

function remember(path: string, sessionId: string): void {
  held.set(path, sessionId)
  if (exitHookInstalled) return
  exitHookInstalled = true
  // 'exit' handlers must be synchronous. Only our own sessions' locks, checked again at exit.
  process.once('exit', () => {
    for (const [lockPath, id] of held) {
      try {
        if (parseLock(readFileSync(lockPath, 'utf8'))?.sessionId === id) unlinkSync(lockPath)
      } catch {
        // already gone, or the folder went away: nothing to clean
      }
    }
  })
}
