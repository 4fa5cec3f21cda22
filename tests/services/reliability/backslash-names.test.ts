import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { importMedia } from '../../../src/main/services/media/import'
import { resolveMedia } from '../../../src/main/services/media/resolve'
import { openProject, saveProject } from '../../../src/main/services/project/store'
import { Project, PROJECT_VERSION } from '../../../src/shared/project/schema'
import { makeClip } from '../../helpers/media'

const root = mkdtempSync(join(tmpdir(), 'kf-backslash-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe.skipIf(process.platform === 'win32')('Linux file names containing "\\" (issue 15)', () => {
  it('are stored verbatim, and the clip is not missing after save and reopen', async () => {
    mkdirSync(join(root, 'clips'))
    const media = join(root, 'clips', 'take\\1 (final).mp4')
    copyFileSync(await makeClip({ width: 160, height: 90, durationS: 1 }), media)
    const projectPath = join(root, 'series.kindframe')
    const { clips, rejected } = await importMedia(projectPath, [media])
    expect(rejected).toEqual([])
    expect(clips[0]!.media).toBe('clips/take\\1 (final).mp4')
    expect(clips[0]!.title).toContain('take\\1')
    expect(await resolveMedia(projectPath, clips[0]!.media)).toEqual({ path: media, exists: true })

    const project = Project.parse({
      kind: 'kindframe-project',
      version: PROJECT_VERSION,
      series: { title: 'S' },
      sourceLocale: 'en',
      clips
    })
    await saveProject(projectPath, project)
    const opened = await openProject(projectPath)
    expect(opened.project.clips[0]!.media).toBe('clips/take\\1 (final).mp4')
    expect(opened.missingMedia).toEqual([])
  })

  it('a hand-written Windows-style relative path is still found on Linux', async () => {
    mkdirSync(join(root, 'legacy', 'clips'), { recursive: true })
    const media = join(root, 'legacy', 'clips', 'a.mp4')
    writeFileSync(media, 'x')
    expect(await resolveMedia(join(root, 'legacy', 's.kindframe'), 'clips\\a.mp4')).toEqual({
      path: media,
      exists: true
    })
  })
})
