import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { acquireOutputLock, lockPathFor } from '../../../src/main/services/workers/output-lock'
import { partialName } from '../../../src/shared/export/output-name'
import { hostTag, ownerTag } from '../../../src/main/services/fs/owner'
import { tempDir } from '../export/export-helpers'

/** A pid that certainly existed and is certainly gone: a process that already ended. */
function deadPid(): number {
  return spawnSync('true').pid!
}

describe('output lock (one writer per output)', () => {
  it('a live holder keeps the output: the second worker is refused with who holds it', async () => {
    const dir = tempDir('kf-lock-')
    const final = join(dir, 'a.mp4')
    const first = await acquireOutputLock(final, { worker: 'one', jobKey: 'k1', staleAfterMs: 60_000 })
    await expect(acquireOutputLock(final, { worker: 'two', jobKey: 'k2', staleAfterMs: 60_000 })).rejects.toThrow(
      new RegExp(
        `a\\.mp4 is being written by worker "one" \\(${ownerTag()}\\) since .*; two workers never write the same output\\.`
      )
    )
    await first.release()
    expect(existsSync(lockPathFor(final))).toBe(false)
  })

  it("a dead worker's lock is taken over and its partial file removed; a live process's partial is kept", async () => {
    const dir = tempDir('kf-lock-')
    const final = join(dir, 'a.mp4')
    const dead = `${hostTag()}-${deadPid()}`
    writeFileSync(
      lockPathFor(final),
      JSON.stringify({ owner: dead, worker: 'gone', jobKey: 'k', since: new Date().toISOString() })
    )
    const deadPartial = join(dir, partialName('a.mp4', 'k', dead))
    const livePartial = join(dir, partialName('a.mp4', 'other', ownerTag(process.ppid)))
    writeFileSync(deadPartial, 'half an encode')
    writeFileSync(livePartial, 'someone else, alive')
    const lock = await acquireOutputLock(final, { worker: 'next', jobKey: 'k', staleAfterMs: 60_000 })
    expect(lock.cleaned).toEqual([deadPartial])
    expect(readdirSync(dir).sort()).toEqual(
      [`.a.mp4.render-lock`, partialName('a.mp4', 'other', ownerTag(process.ppid))].sort()
    )
    await lock.release()
  })

  it("another machine's lock is stale only when nobody touched it for staleAfterMs; the same job may retry", async () => {
    const dir = tempDir('kf-lock-')
    const final = join(dir, 'a.mp4')
    writeFileSync(
      lockPathFor(final),
      JSON.stringify({ owner: 'ffffffff-1', worker: 'far', jobKey: 'k', since: new Date().toISOString() })
    )
    const refused = await acquireOutputLock(final, { worker: 'near', jobKey: 'k', staleAfterMs: 60_000 }).catch(
      (e: { details: unknown }) => e.details
    )
    expect(refused).toMatchObject({ sameJob: true })
    const old = new Date(Date.now() - 120_000)
    utimesSync(lockPathFor(final), old, old)
    const lock = await acquireOutputLock(final, { worker: 'near', jobKey: 'k', staleAfterMs: 60_000 })
    await lock.release()
  })
})
