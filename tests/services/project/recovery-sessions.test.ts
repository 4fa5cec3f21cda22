import { existsSync, mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../src/main/dispatch'
import { createHandlers } from '../../../src/main/handlers'
import { acquireLock } from '../../../src/main/services/project/lock'
import {
  autosaveProject,
  discardRecovery,
  recoverProject,
  recoveryCandidates
} from '../../../src/main/services/project/recovery'
import { openProject, saveProject } from '../../../src/main/services/project/store'
import { KindframeError } from '../../../src/shared/errors'
import { newProject } from '../../../src/shared/project/schema'

/** Two windows (sessions) on one project: neither's autosave or save may cost the other its unsaved work. */
const A = 'aaaaaaaa-session-one'
const B = 'bbbbbbbb-session-two'
const C = 'cccccccc-session-three'
const sidA = 'aaaaaaaa-session'
const sidB = 'bbbbbbbb-session'

let dir: string
let file: string
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kf-recovery-sessions-'))
  process.env.KINDFRAME_RECOVERY_DIR = join(dir, 'user-recovery')
  file = join(dir, 'series.kindframe')
  await saveProject(file, newProject('Saved title'))
  const past = new Date(Date.now() - 60_000)
  utimesSync(file, past, past)
})

const files = () =>
  readdirSync(dir)
    .filter((f) => f !== 'user-recovery')
    .sort()

describe('per-session recovery files', () => {
  it('two sessions autosave side by side; B saving leaves A’s work, and a third window is offered it', async () => {
    const autoA = await autosaveProject(file, newProject('Edit by A'), A)
    await autosaveProject(file, newProject('Edit by B'), B)
    expect(autoA.recoveryPath).toBe(join(dir, `.series.kindframe.${sidA}.recovery`))
    expect(files()).toEqual(
      [`.series.kindframe.${sidA}.recovery`, `.series.kindframe.${sidB}.recovery`, 'series.kindframe'].sort()
    )

    await saveProject(file, newProject('Saved by B'), { sessionId: B })
    expect(files()).toEqual([`.series.kindframe.${sidA}.recovery`, 'series.kindframe', 'series.kindframe.bak'].sort())

    // A crashed (no lock holds it): older than B's save, yet offered, because it is another window's work.
    const opened = await openProject(file, { sessionId: C })
    expect(opened.project.series.title).toBe('Saved by B')
    expect(opened.recoveries).toEqual([{ id: sidA, savedAt: expect.any(String), ownSession: false }])
    expect(opened.recovery).toEqual({ savedAt: opened.recoveries[0].savedAt })

    const recovered = await recoverProject(file, { sessionId: C, recoveryId: sidA })
    expect([recovered.project.series.title, recovered.recoveryId, recovered.savedAt]).toEqual([
      'Edit by A',
      sidA,
      autoA.savedAt
    ])
    // Continued in C: now C's own file (replaced by C's autosaves, cleared by C's save), not offered twice.
    expect(files()).toContain('.series.kindframe.cccccccc-session.recovery')
    expect((await openProject(file, { sessionId: C })).recoveries).toEqual([
      { id: 'cccccccc-session', savedAt: expect.any(String), ownSession: true }
    ])
    await saveProject(file, recovered.project, { sessionId: C })
    expect(files()).toEqual(['series.kindframe', 'series.kindframe.bak'])
    expect((await openProject(file, { sessionId: C })).recoveries).toEqual([])
  })

  it('own and legacy recovery only when newer than the file; others newest first; discard removes only the chosen one', async () => {
    await autosaveProject(file, newProject('Legacy'))
    await autosaveProject(file, newProject('Mine'), A)
    await autosaveProject(file, newProject('Theirs'), B)
    utimesSync(
      join(dir, `.series.kindframe.${sidA}.recovery`),
      new Date(Date.now() - 30_000),
      new Date(Date.now() - 30_000)
    )
    utimesSync(
      join(dir, `.series.kindframe.${sidB}.recovery`),
      new Date(Date.now() - 90_000),
      new Date(Date.now() - 90_000)
    )
    utimesSync(join(dir, '.series.kindframe.recovery'), new Date(Date.now() - 120_000), new Date(Date.now() - 120_000))

    // File at -60 s: A's own (-30 s) is newer → offered; B's (-90 s) is someone else's → offered; legacy (-120 s) is not.
    const opened = await openProject(file, { sessionId: A })
    expect(opened.recoveries.map((r) => [r.id, r.ownSession])).toEqual([
      [sidA, true],
      [sidB, false]
    ])

    expect(await discardRecovery(file, { sessionId: A, recoveryId: sidB })).toEqual({ discarded: true })
    expect(files()).toEqual(
      [`.series.kindframe.${sidA}.recovery`, '.series.kindframe.recovery', 'series.kindframe'].sort()
    )
    // Default = the newest on offer.
    expect((await recoverProject(file, { sessionId: A })).project.series.title).toBe('Mine')
    const err = await recoverProject(file, { recoveryId: sidB }).catch((e: unknown) => e)
    expect(err instanceof KindframeError && [err.code, err.message]).toEqual([
      'not-found',
      `No recovery file "${sidB}" for ${file}.`
    ])
  })

  it('a window holding the live lock is open, not crashed: its recovery is not offered to another window', async () => {
    await autosaveProject(file, newProject('Live A'), A)
    await autosaveProject(file, newProject('Crashed B'), B)
    // Back-to-back writes can share one filesystem timestamp tick: make B's the newer on purpose.
    utimesSync(
      join(dir, `.series.kindframe.${sidA}.recovery`),
      new Date(Date.now() - 20_000),
      new Date(Date.now() - 20_000)
    )
    utimesSync(
      join(dir, `.series.kindframe.${sidB}.recovery`),
      new Date(Date.now() - 10_000),
      new Date(Date.now() - 10_000)
    )
    // A holds the lock with this (live) process; B's window is gone.
    expect(await acquireLock(file, A)).toEqual({})
    const opened = await openProject(file, { sessionId: C })
    expect(opened.recoveries.map((r) => r.id)).toEqual([sidB])
    // A itself (a reload) still sees its own (B's is newer: first).
    expect((await openProject(file, { sessionId: A })).recoveries.map((r) => [r.id, r.ownSession])).toEqual([
      [sidB, false],
      [sidA, true]
    ])
    // A's lock left by a dead process (same host): A crashed, so its work is offered.
    writeFileSync(
      join(dir, '.series.kindframe.lock'),
      JSON.stringify({ sessionId: A, pid: 2 ** 22 + 12345, hostname: hostname(), openedAt: new Date().toISOString() })
    )
    expect((await openProject(file, { sessionId: C })).recoveries.map((r) => r.id).sort()).toEqual([sidA, sidB].sort())
  })

  it('a legacy recovery file (no session in its name) is still found and removed by a save', async () => {
    const legacy = join(dir, '.series.kindframe.recovery')
    await autosaveProject(file, newProject('Old Kindframe'))
    expect(existsSync(legacy)).toBe(true)
    const opened = await openProject(file, { sessionId: A })
    expect(opened.recoveries).toEqual([{ id: 'legacy', savedAt: expect.any(String), ownSession: false }])
    // Looked at without a session (the CLI): the file stays where it is.
    expect((await recoverProject(file, { recoveryId: 'legacy' })).project.series.title).toBe('Old Kindframe')
    await saveProject(file, newProject('Saved'), { sessionId: B })
    expect(files()).toEqual(['series.kindframe', 'series.kindframe.bak'])
  })

  it('the per-user fallback and unsaved projects carry the session too', async () => {
    mkdirSync(join(dir, `.series.kindframe.${sidA}.recovery`))
    const auto = await autosaveProject(file, newProject('Fallback A'), A)
    expect(auto.recoveryPath).toBe(recoveryCandidates(file, A)[1])
    expect(auto.recoveryPath).toMatch(new RegExp(`/user-recovery/[0-9a-f]{16}\\.${sidA}\\.kindframe\\.recovery$`))
    await saveProject(file, newProject('Saved by B'), { sessionId: B })
    expect(existsSync(auto.recoveryPath)).toBe(true)

    const unsavedA = await autosaveProject(null, newProject('Unsaved A'), A)
    await autosaveProject(null, newProject('Unsaved B'), B)
    // A's is the older one (set, not slept for: back-to-back writes can share a timestamp tick).
    utimesSync(unsavedA.recoveryPath, new Date(Date.now() - 10_000), new Date(Date.now() - 10_000))
    expect(unsavedA.recoveryPath).toBe(join(dir, 'user-recovery', `unsaved.${sidA}.kindframe.recovery`))
    // On start any window is offered the newest unsaved work of any window.
    const peek = await recoverProject(null, { sessionId: C })
    expect([peek.project.series.title, peek.recoveryId]).toEqual(['Unsaved B', sidB])
    expect(await discardRecovery(null, { sessionId: C, recoveryId: sidB })).toEqual({ discarded: true })
    expect((await recoverProject(null, { sessionId: C })).project.series.title).toBe('Unsaved A')
  })
})

describe('per-session recovery through dispatch', () => {
  const sink = () => {}
  it('autosave, save, open, recover and discard take sessionId and recoveryId', async () => {
    const handlers = createHandlers('bridge')
    const ok = async (op: string, input: unknown) => {
      const res = await dispatch(handlers, op as 'project.open', input as never, sink)
      if ('error' in res) throw new Error(`${op}: ${res.error.code} ${res.error.message}`)
      return res.ok as never
    }
    await ok('project.autosave', { path: file, project: newProject('A edits'), sessionId: A })
    await ok('project.autosave', { path: file, project: newProject('B edits'), sessionId: B })
    await ok('project.save', { path: file, project: newProject('B saved'), sessionId: B })
    const opened: { recoveries: { id: string }[] } = await ok('project.open', { path: file, sessionId: C })
    expect(opened.recoveries.map((r) => r.id)).toEqual([sidA])
    const recovered: { project: { series: { title: string } } } = await ok('project.recover', {
      path: file,
      sessionId: C,
      recoveryId: sidA
    })
    expect(recovered.project.series.title).toBe('A edits')
    expect(await ok('project.discardRecovery', { path: file, sessionId: C, recoveryId: 'cccccccc-session' })).toEqual({
      discarded: true
    })
    expect(files()).toEqual(['.series.kindframe.lock', 'series.kindframe', 'series.kindframe.bak'])
    const bad = await dispatch(handlers, 'project.recover', { path: file, recoveryId: '../x' }, sink)
    expect('error' in bad && bad.error.code).toBe('invalid-input')
  })
})
