import { existsSync, mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import {
  autosaveProject,
  discardRecovery,
  recoverProject,
  recoveryCandidates
} from '../../../src/main/services/project/recovery'
import { openProject, saveProject } from '../../../src/main/services/project/store'
import { KindframeError } from '../../../src/shared/errors'
import { newProject } from '../../../src/shared/project/schema'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kf-recovery-'))
  process.env.KINDFRAME_RECOVERY_DIR = join(dir, 'user-recovery')
})

describe('autosave and recovery', () => {
  it('writes next to the project, is offered on open, recovered, and removed by a save', async () => {
    const file = join(dir, 'series.kindframe')
    await saveProject(file, newProject('Saved title'))
    const past = new Date(Date.now() - 60_000)
    utimesSync(file, past, past)

    const edited = newProject('Edited title')
    const auto = await autosaveProject(file, edited)
    expect(auto.recoveryPath).toBe(join(dir, '.series.kindframe.recovery'))
    expect(readdirSync(dir).sort()).toEqual(['.series.kindframe.recovery', 'series.kindframe'])

    const opened = await openProject(file)
    expect(opened.project.series.title).toBe('Saved title')
    expect(opened.recovery).toBeDefined()

    const recovered = await recoverProject(file)
    expect(recovered).toEqual({ project: edited, savedAt: auto.savedAt, recoveryId: 'legacy' })

    await saveProject(file, recovered.project)
    expect(existsSync(auto.recoveryPath)).toBe(false)
    expect((await openProject(file)).recovery).toBeUndefined()
  })

  it('keeps unsaved projects in the per-user recovery folder', async () => {
    const auto = await autosaveProject(null, newProject('Untitled'))
    expect(auto.recoveryPath).toBe(join(dir, 'user-recovery', 'unsaved.kindframe.recovery'))
    expect(recoveryCandidates(null)).toEqual([auto.recoveryPath])
    expect((await recoverProject(null)).project.series.title).toBe('Untitled')
    expect(await discardRecovery(null)).toEqual({ discarded: true })
    expect(await discardRecovery(null)).toEqual({ discarded: false })
    const err = await recoverProject(null).catch((e: unknown) => e)
    expect(err instanceof KindframeError && [err.code, err.message]).toEqual([
      'not-found',
      'No recovery file for the unsaved project.'
    ])
  })

  it('refuses a damaged recovery file with a clear message', async () => {
    const file = join(dir, 'series.kindframe')
    writeFileSync(join(dir, '.series.kindframe.recovery'), '{"kind":"kindframe-recov')
    const err = await recoverProject(file).catch((e: unknown) => e)
    expect(err instanceof KindframeError && err.code).toBe('project-corrupt')
    expect((err as Error).message).toContain('.series.kindframe.recovery: the recovery file is damaged')
  })

  it('falls back to the per-user folder when it cannot write next to the project', async () => {
    const file = join(dir, 'series.kindframe')
    // A folder squatting on the recovery file's name makes the write fail like a read-only folder would
    // (and unlike chmod, this also fails for root, who runs these tests in CI).
    mkdirSync(join(dir, '.series.kindframe.recovery'))
    const auto = await autosaveProject(file, newProject('Fallback'))
    expect(auto.recoveryPath).toBe(recoveryCandidates(file)[1])
    expect(auto.recoveryPath.startsWith(join(dir, 'user-recovery'))).toBe(true)
    expect((await recoverProject(file)).project.series.title).toBe('Fallback')
    await saveProject(file, newProject('Saved'))
    expect(existsSync(auto.recoveryPath)).toBe(false)
  })

  it('repeated autosaves leave exactly one recovery file and no temp files', async () => {
    const file = join(dir, 'series.kindframe')
    for (let i = 0; i < 5; i++) await autosaveProject(file, newProject(`Edit ${i}`))
    expect(readdirSync(dir)).toEqual(['.series.kindframe.recovery'])
    expect((await recoverProject(file)).project.series.title).toBe('Edit 4')
  })
})
