import { open, readdir, readFile, rename, rm, stat, utimes } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { KindframeError } from '../../../shared/errors'
import { parsePartialName } from '../../../shared/export/output-name'
import { asOutputError } from '../export/outputs'
import { ownerIsGone, ownerTag, parseOwnerTag } from '../fs/owner'

/**
 * One writer per output, across machines: before encoding, a worker creates
 * `.<file>.render-lock` next to the final path with O_EXCL (atomic on local disks and on NFSv3+/SMB)
 * and keeps touching it while it works. Another worker that finds the lock leaves the output alone,
 * unless the lock is certainly stale: its writer ran on this machine and is gone, or nobody touched it
 * for `staleAfterMs` (a writer on another machine that died). Taking over a stale lock also removes
 * that writer's partial files of this output, which is how a retried job cleans up after a dead worker.
 */
export interface LockInfo {
  owner: string
  worker: string
  jobKey: string
  since: string
}

export interface OutputLock {
  path: string
  /** Partial files of earlier, dead writers that were removed when the lock was taken. */
  cleaned: string[]
  release(): Promise<void>
}

export interface LockOptions {
  worker: string
  jobKey: string
  staleAfterMs: number
  /** How often the lock is touched; default staleAfterMs / 4. */
  heartbeatMs?: number
}

export function lockPathFor(finalPath: string): string {
  return join(dirname(finalPath), `.${basename(finalPath)}.render-lock`)
}

export async function acquireOutputLock(
  finalPath: string,
  opts: LockOptions,
  now = () => Date.now()
): Promise<OutputLock> {
  const path = lockPathFor(finalPath)
  const info: LockInfo = {
    owner: ownerTag(),
    worker: opts.worker,
    jobKey: opts.jobKey,
    since: new Date(now()).toISOString()
  }
  let previous: LockInfo | undefined
  for (let attempt = 0; ; attempt++) {
    try {
      const fh = await open(path, 'wx')
      await fh.writeFile(JSON.stringify(info) + '\n')
      await fh.close()
      break
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw asOutputError(err, path)
      // Someone created a fresh lock between our takeover and our create: theirs now.
      if (attempt > 0) throw busy(finalPath, await readLock(path))
      const held = await readLock(path)
      if (!(await isStale(path, held, opts.staleAfterMs, now())))
        throw busy(finalPath, held, held?.jobKey === opts.jobKey)
      // rename() moves exactly one stale lock aside: of two workers taking over at once, one gets ENOENT.
      const aside = `${path}.stale-${info.owner}`
      try {
        await rename(path, aside)
      } catch {
        throw busy(finalPath, held)
      }
      await rm(aside, { force: true })
      previous = held
    }
  }
  const cleaned = await removePartialsOf(finalPath, previous)
  const beat = setInterval(
    () => {
      const t = new Date()
      void utimes(path, t, t).catch(() => {})
    },
    opts.heartbeatMs ?? Math.max(250, opts.staleAfterMs / 4)
  )
  beat.unref()
  return {
    path,
    cleaned,
    async release() {
      clearInterval(beat)
      // Only our own lock: a frozen worker whose lock was taken over must not remove the new owner's.
      const now = await readLock(path)
      if (now?.owner === info.owner && now.jobKey === info.jobKey) await rm(path, { force: true })
    }
  }
}

async function readLock(path: string): Promise<LockInfo | undefined> {
  return readFile(path, 'utf8').then(
    (t) => JSON.parse(t) as LockInfo,
    () => undefined
  )
}

async function isStale(path: string, held: LockInfo | undefined, staleAfterMs: number, now: number): Promise<boolean> {
  const owner = held ? parseOwnerTag(held.owner) : undefined
  if (owner && ownerIsGone(owner)) return true
  const s = await stat(path).catch(() => undefined)
  if (!s) return true
  // An unreadable lock (a writer killed between create and write) is judged by its age alone.
  return now - s.mtimeMs > staleAfterMs
}

/**
 * Partials of this output left by the lock's previous writer (certainly gone: its lock was stale),
 * and any partial of this output whose owner is certainly gone on this machine.
 */
async function removePartialsOf(finalPath: string, previous: LockInfo | undefined): Promise<string[]> {
  const dir = dirname(finalPath)
  const prefix = `.${basename(finalPath)}.part-`
  const removed: string[] = []
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!name.startsWith(prefix)) continue
    const partial = parsePartialName(name)
    if (!partial) continue
    const owner = partial.owner ? parseOwnerTag(partial.owner) : undefined
    const deadHere = owner ? ownerIsGone(owner) : false
    const ofPrevious = previous !== undefined && partial.owner === previous.owner
    if (!deadHere && !ofPrevious) continue
    if (
      await rm(join(dir, name), { force: true }).then(
        () => true,
        () => false
      )
    )
      removed.push(join(dir, name))
  }
  return removed
}

function busy(finalPath: string, held: LockInfo | undefined, sameJob = false): KindframeError {
  const who = held ? `worker "${held.worker}" (${held.owner}) since ${held.since}` : 'another worker'
  const tail = sameJob
    ? ' (an earlier attempt of this job; retried once its lock is stale)'
    : '; two workers never write the same output'
  return new KindframeError('exists', `${finalPath} is being written by ${who}${tail}.`, { lockedBy: held, sameJob })
}
