import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../src/main/dispatch'
import { createHandlers } from '../../../src/main/handlers'
import { acquireLock, lockPathFor, releaseLock } from '../../../src/main/services/project/lock'
import { openProject, saveProject } from '../../../src/main/services/project/store'
import { projectStatus } from '../../../src/main/services/project/status'
import { KindframeError } from '../../../src/shared/errors'
import { serializeProject } from '../../../src/shared/project/parse-project'
import { newProject } from '../../../src/shared/project/schema'

let dir: string
let file: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kf-concurrency-'))
  file = join(dir, 'series.kindframe')
  process.env.KINDFRAME_RECOVERY_DIR = join(dir, 'user-recovery')
})

const sha = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex')

async function errorOf(p: Promise<unknown>): Promise<KindframeError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e
  )
  if (!(err instanceof KindframeError)) throw new Error(`expected a KindframeError, got ${String(err)}`)
  return err
}

/** Another window or program saves the file behind our back. */
function externalSave(title: string): Buffer {
  writeFileSync(file, serializeProject(newProject(title)))
  return readFileSync(file)
}

describe('save conflict detection', () => {
  it('open returns the fingerprint of the bytes on disk; save returns the next base', async () => {
    writeFileSync(file, serializeProject(newProject('First')))
    const opened = await openProject(file)
    expect(opened.fingerprint.sha256).toBe(sha(readFileSync(file)))
    expect(opened.fingerprint.size).toBe(readFileSync(file).length)

    const saved = await saveProject(file, newProject('Second'), { baseFingerprint: opened.fingerprint })
    expect(saved.fingerprint.sha256).toBe(sha(readFileSync(file)))
    expect(saved.fingerprint.size).toBe(readFileSync(file).length)
    // Chained saves keep working with the returned base.
    const again = await saveProject(file, newProject('Third'), { baseFingerprint: saved.fingerprint })
    expect(JSON.parse(readFileSync(file, 'utf8')).series.title).toBe('Third')
    expect(again.fingerprint.sha256).not.toBe(saved.fingerprint.sha256)
  })

  it('a file changed on disk since opening is refused with "conflict" and left byte-identical', async () => {
    writeFileSync(file, serializeProject(newProject('Mine')))
    const opened = await openProject(file)
    await saveProject(file, newProject('Mine v2'), { baseFingerprint: opened.fingerprint }) // makes a .bak
    const bakBefore = readFileSync(`${file}.bak`)
    const theirs = externalSave('Theirs')

    const err = await errorOf(saveProject(file, newProject('Mine v3'), { baseFingerprint: opened.fingerprint }))
    expect(err.code).toBe('conflict')
    expect(err.message).toContain(file)
    expect(err.message).toContain('was changed on disk since you opened it')
    expect(readFileSync(file).equals(theirs)).toBe(true)
    expect(readFileSync(`${file}.bak`).equals(bakBefore)).toBe(true)
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it('force overwrites (atomically) and keeps the other version in .bak', async () => {
    writeFileSync(file, serializeProject(newProject('Mine')))
    const opened = await openProject(file)
    const theirs = externalSave('Theirs')
    const saved = await saveProject(file, newProject('Mine wins'), { baseFingerprint: opened.fingerprint, force: true })
    expect(JSON.parse(readFileSync(file, 'utf8')).series.title).toBe('Mine wins')
    expect(readFileSync(`${file}.bak`).equals(theirs)).toBe(true)
    expect(saved.fingerprint.sha256).toBe(sha(readFileSync(file)))
  })

  it('only the content counts: a touched file (new mtime, same bytes) is not a conflict', async () => {
    writeFileSync(file, serializeProject(newProject('Mine')))
    const opened = await openProject(file)
    utimesSync(file, new Date(Date.now() + 60_000), new Date(Date.now() + 60_000))
    await saveProject(file, newProject('Mine v2'), { baseFingerprint: opened.fingerprint })
    expect(JSON.parse(readFileSync(file, 'utf8')).series.title).toBe('Mine v2')
  })

  it('two saves from the same base at once (two tabs on one bridge): one wins, the other conflicts', async () => {
    writeFileSync(file, serializeProject(newProject('Base')))
    const { fingerprint } = await openProject(file)
    const results = await Promise.allSettled([
      saveProject(file, newProject('Tab A'), { baseFingerprint: fingerprint }),
      saveProject(file, newProject('Tab B'), { baseFingerprint: fingerprint })
    ])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected'])
    expect((results[1] as PromiseRejectedResult).reason).toMatchObject({ code: 'conflict' })
    expect(JSON.parse(readFileSync(file, 'utf8')).series.title).toBe('Tab A')
  })
})

describe('open-elsewhere lock', () => {
  it('write, detect from another session, release only by its owner', async () => {
    writeFileSync(file, serializeProject(newProject('Shared')))
    const lockPath = lockPathFor(file)
    expect(lockPath).toBe(join(dir, '.series.kindframe.lock'))

    expect(await acquireLock(file, 'window-A-1234')).toEqual({})
    const lock = JSON.parse(readFileSync(lockPath, 'utf8'))
    expect(lock).toMatchObject({ sessionId: 'window-A-1234', pid: process.pid, hostname: hostname() })
    expect(Number.isFinite(Date.parse(lock.openedAt))).toBe(true)

    // Window B (same process, like two tabs of one bridge): warned, and A's lock is untouched.
    const b = await acquireLock(file, 'window-B-5678')
    expect(b.openElsewhere).toEqual({ hostname: hostname(), sameHost: true, openedAt: lock.openedAt })
    expect(JSON.parse(readFileSync(lockPath, 'utf8')).sessionId).toBe('window-A-1234')

    // A reload of A is not "elsewhere" and keeps the original time.
    expect(await acquireLock(file, 'window-A-1234')).toEqual({})
    expect(JSON.parse(readFileSync(lockPath, 'utf8')).openedAt).toBe(lock.openedAt)

    expect(await releaseLock(file, 'window-B-5678')).toEqual({ released: false })
    expect(existsSync(lockPath)).toBe(true)
    expect(await releaseLock(file, 'window-A-1234')).toEqual({ released: true })
    expect(existsSync(lockPath)).toBe(false)
  })

  it('a lock left by a dead process on this host is taken over', async () => {
    writeFileSync(file, serializeProject(newProject('Crashed')))
    const dead = spawnSync(process.execPath, ['-e', '']).pid
    writeFileSync(
      lockPathFor(file),
      JSON.stringify({
        sessionId: 'crashed-window',
        pid: dead,
        hostname: hostname(),
        openedAt: new Date().toISOString()
      })
    )
    expect(await acquireLock(file, 'window-C-0001')).toEqual({})
    expect(JSON.parse(readFileSync(lockPathFor(file), 'utf8'))).toMatchObject({
      sessionId: 'window-C-0001',
      pid: process.pid
    })
  })

  it('another machine: live while young, taken over when older than 12 h; garbage counts as fresh', async () => {
    writeFileSync(file, serializeProject(newProject('Shared drive')))
    const other = (hoursAgo: number) =>
      JSON.stringify({
        sessionId: 'laptop-session',
        pid: 1,
        hostname: 'other-laptop',
        openedAt: new Date(Date.now() - hoursAgo * 3600_000).toISOString()
      })
    writeFileSync(lockPathFor(file), other(1))
    expect((await acquireLock(file, 'window-D-0001')).openElsewhere).toMatchObject({
      hostname: 'other-laptop',
      sameHost: false
    })
    writeFileSync(lockPathFor(file), other(13))
    expect(await acquireLock(file, 'window-D-0001')).toEqual({})
    writeFileSync(lockPathFor(file), '{ not json')
    expect((await acquireLock(file, 'window-E-0001')).openElsewhere).toMatchObject({ hostname: '', sameHost: false })
  })
})

describe('project.status (asked when the window regains focus)', () => {
  it('unchanged, changed by someone else, only touched, deleted', async () => {
    writeFileSync(file, serializeProject(newProject('Mine')))
    const { fingerprint } = await openProject(file)
    expect(await projectStatus(file, 'window-A-1234', fingerprint)).toEqual({ changedOnDisk: false, missing: false })
    const lockTime = statSync(lockPathFor(file)).mtimeMs
    // Asking again with nothing changed does not rewrite the lock.
    expect(await projectStatus(file, 'window-A-1234', fingerprint)).toEqual({ changedOnDisk: false, missing: false })
    expect(statSync(lockPathFor(file)).mtimeMs).toBe(lockTime)

    utimesSync(file, new Date(Date.now() + 60_000), new Date(Date.now() + 60_000))
    expect(await projectStatus(file, 'window-A-1234', fingerprint)).toEqual({ changedOnDisk: false, missing: false })
    externalSave('Theirs')
    expect(await projectStatus(file, 'window-A-1234', fingerprint)).toEqual({ changedOnDisk: true, missing: false })
    unlinkSync(file)
    expect(await projectStatus(file, 'window-A-1234', fingerprint)).toEqual({ changedOnDisk: false, missing: true })
  })

  it('the lock passes to the remaining window when the first one closes', async () => {
    writeFileSync(file, serializeProject(newProject('Shared')))
    await acquireLock(file, 'window-A-1234')
    expect((await projectStatus(file, 'window-B-5678')).openElsewhere).toMatchObject({ sameHost: true })
    await releaseLock(file, 'window-A-1234')
    expect(await projectStatus(file, 'window-B-5678')).toEqual({ changedOnDisk: false, missing: false })
    expect(JSON.parse(readFileSync(lockPathFor(file), 'utf8')).sessionId).toBe('window-B-5678')
  })
})

describe('through dispatch (what the renderer calls)', () => {
  const sink = () => {}
  type Opened = { fingerprint: { sha256: string; size: number; mtimeMs: number }; openElsewhere?: unknown }

  it('open with sessions, conflict envelope, force, close', async () => {
    const handlers = createHandlers('bridge')
    const first = await dispatch(handlers, 'project.save', { path: file, project: newProject('Start') }, sink)
    expect('ok' in first).toBe(true)
    const a = await dispatch(handlers, 'project.open', { path: file, sessionId: 'session-A-0001' }, sink)
    const b = await dispatch(handlers, 'project.open', { path: file, sessionId: 'session-B-0002' }, sink)
    if (!('ok' in a) || !('ok' in b)) throw new Error('open failed')
    const openedA = a.ok as Opened
    const openedB = b.ok as Opened
    expect(openedA.openElsewhere).toBeUndefined()
    expect(openedB.openElsewhere).toMatchObject({ sameHost: true })

    const savedB = await dispatch(
      handlers,
      'project.save',
      { path: file, project: newProject('B wrote'), baseFingerprint: openedB.fingerprint, sessionId: 'session-B-0002' },
      sink
    )
    expect('ok' in savedB).toBe(true)
    const bBytes = readFileSync(file)
    const refused = await dispatch(
      handlers,
      'project.save',
      { path: file, project: newProject('A wrote'), baseFingerprint: openedA.fingerprint },
      sink
    )
    expect('error' in refused && refused.error.code).toBe('conflict')
    expect(readFileSync(file).equals(bBytes)).toBe(true)

    const forced = await dispatch(
      handlers,
      'project.save',
      { path: file, project: newProject('A wrote'), baseFingerprint: openedA.fingerprint, force: true },
      sink
    )
    expect('ok' in forced).toBe(true)
    expect(JSON.parse(readFileSync(file, 'utf8')).series.title).toBe('A wrote')
    expect(readFileSync(`${file}.bak`).equals(bBytes)).toBe(true)

    const badFingerprint = await dispatch(
      handlers,
      'project.save',
      { path: file, project: newProject('x'), baseFingerprint: { sha256: 'nope', size: 1, mtimeMs: 0 } },
      sink
    )
    expect('error' in badFingerprint && badFingerprint.error.code).toBe('invalid-input')

    expect(await dispatch(handlers, 'project.close', { path: file, sessionId: 'session-B-0002' }, sink)).toEqual({
      ok: { released: false }
    })
    expect(await dispatch(handlers, 'project.close', { path: file, sessionId: 'session-A-0001' }, sink)).toEqual({
      ok: { released: true }
    })
    expect(existsSync(lockPathFor(file))).toBe(false)
  })
})
