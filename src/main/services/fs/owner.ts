import { createHash } from 'node:crypto'
import { hostname } from 'node:os'

/**
 * Who wrote a temporary file or folder: `<host>-<pid>` in its name, where host is 8 hex digits of
 * the machine's name (a folder on a network share may hold files of several machines). A later run
 * removes a leftover only when it is CERTAIN the writer is gone: same machine and that process no
 * longer exists. Files of a live process, or of another machine, are never touched.
 */
export interface Owner {
  host: string
  pid: number
}

let cachedHost: string | undefined

export function hostTag(): string {
  cachedHost ??= createHash('sha256').update(hostname()).digest('hex').slice(0, 8)
  return cachedHost
}

/** This process: "1a2b3c4d-12345". */
export function ownerTag(pid = process.pid): string {
  return `${hostTag()}-${pid}`
}

/** The owner in a tag written by ownerTag, or undefined for anything else. */
export function parseOwnerTag(tag: string): Owner | undefined {
  const m = /^([0-9a-f]{8})-(\d{1,10})$/.exec(tag)
  return m ? { host: m[1]!, pid: Number(m[2]) } : undefined
}

export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    // EPERM: it exists but belongs to another user; only ESRCH means gone.
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** True only when the owner ran on this machine and its process is gone. */
export function ownerIsGone(owner: Owner, alive: (pid: number) => boolean = pidAlive): boolean {
  return owner.host === hostTag() && owner.pid !== process.pid && !alive(owner.pid)
}
