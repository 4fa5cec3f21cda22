import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../../src/main/dispatch'
import { createHandlers } from '../../../src/main/handlers'
import { newProject } from '../../../src/shared/project/schema'
import { makeClip } from '../../helpers/media'

const sink = () => {}

describe('project and media handlers through dispatch', () => {
  it('save then open a project; a corrupt file comes back as an error envelope with its code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kf-handlers-'))
    const handlers = createHandlers('bridge')
    const file = join(dir, 'a.kindframe')
    const saved = await dispatch(handlers, 'project.save', { path: file, project: newProject('Kind') }, sink)
    expect('ok' in saved).toBe(true)
    const opened = await dispatch(handlers, 'project.open', { path: file }, sink)
    expect('ok' in opened && (opened.ok as { project: { series: { title: string } } }).project.series.title).toBe(
      'Kind'
    )

    writeFileSync(join(dir, 'b.kindframe'), '{"kind":')
    const bad = await dispatch(handlers, 'project.open', { path: join(dir, 'b.kindframe') }, sink)
    expect('error' in bad && bad.error.code).toBe('project-corrupt')
  })

  it('media.probe and media.resolve answer for real files', async () => {
    const clip = await makeClip({ width: 160, height: 90, durationS: 1 })
    const handlers = createHandlers('bridge')
    const probe = await dispatch(handlers, 'media.probe', { path: clip }, sink)
    expect('ok' in probe && (probe.ok as { width: number }).width).toBe(160)
    const resolved = await dispatch(
      handlers,
      'media.resolve',
      { projectPath: '/nowhere/x.kindframe', media: clip },
      sink
    )
    expect('ok' in resolved && resolved.ok).toEqual({ path: clip, exists: true })
  })

  it('media.url uses the transport’s provider, and says clearly when there is none', async () => {
    const withUrl = createHandlers({
      transport: 'bridge',
      mediaUrl: (p) => `http://127.0.0.1:1/media?path=${encodeURIComponent(p)}`
    })
    const dir = mkdtempSync(join(tmpdir(), 'kf-url-'))
    const file = join(dir, 'c#d e.mp4')
    copyFileSync(await makeClip({ width: 160, height: 90, durationS: 1 }), file)
    // Only a file main resolved itself gets a URL (issue 15): first nothing, then after a probe found it to be media.
    const refused = await dispatch(withUrl, 'media.url', { path: file }, sink)
    expect('error' in refused && refused.error.code).toBe('not-permitted')
    await dispatch(withUrl, 'media.probe', { path: file }, sink)
    const ok = await dispatch(withUrl, 'media.url', { path: file }, sink)
    expect('ok' in ok && ok.ok).toEqual({ url: `http://127.0.0.1:1/media?path=${encodeURIComponent(file)}` })
    const without = await dispatch(createHandlers('bridge'), 'media.url', { path: '/a.mp4' }, sink)
    expect('error' in without && without.error.message).toBe(
      'This bridge transport cannot serve local media files to the player (no media URL provider was given).'
    )
  })
})
