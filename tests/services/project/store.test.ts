import {
  chmodSync,
  copyFileSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { openProject, saveProject } from '../../../src/main/services/project/store'
import { relinkClip } from '../../../src/main/services/project/relink'
import { KindframeError } from '../../../src/shared/errors'
import { serializeProject } from '../../../src/shared/project/parse-project'
import { Clip, newProject, PROJECT_VERSION, type Project } from '../../../src/shared/project/schema'
import { makeClip } from '../../helpers/media'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kf-store-'))
  process.env.KINDFRAME_RECOVERY_DIR = join(dir, 'user-recovery')
})

function sample(title = 'Kind Series'): Project {
  const p = newProject(title)
  p.targetLocales = ['ms', 'ar']
  p.clips.push(
    Clip.parse({
      id: 'walk-away',
      title: 'Walk Away',
      media: 'clips/walk away.mp4',
      track: { cues: [{ id: 'q1', startMs: 0, endMs: 1200, text: 'Hi' }] }
    })
  )
  return p
}

async function codeOf(promise: Promise<unknown>): Promise<[string, string]> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  if (!(err instanceof KindframeError)) throw new Error(`expected a KindframeError, got ${String(err)}`)
  return [err.code, err.message]
}

describe('saveProject / openProject', () => {
  it('round-trips a project exactly', async () => {
    const file = join(dir, 'series.kindframe')
    const project = sample()
    const saved = await saveProject(file, project)
    expect(saved.path).toBe(file)
    expect(Number.isNaN(Date.parse(saved.savedAt))).toBe(false)
    expect(readFileSync(file, 'utf8')).toBe(serializeProject(project))
    const opened = await openProject(file)
    expect(opened.project).toEqual(project)
    expect(opened.path).toBe(file)
    expect(opened.notes).toEqual([])
    expect(opened.recovery).toBeUndefined()
  })

  it('saves atomically: no temp files left, one .bak holding the previous version', async () => {
    const file = join(dir, 'series.kindframe')
    await saveProject(file, sample('First'))
    await saveProject(file, sample('Second'))
    await saveProject(file, sample('Third'))
    expect(readdirSync(dir).sort()).toEqual(['series.kindframe', 'series.kindframe.bak'])
    expect(JSON.parse(readFileSync(`${file}.bak`, 'utf8')).series.title).toBe('Second')
    expect(JSON.parse(readFileSync(file, 'utf8')).series.title).toBe('Third')
  })

  it('keeps the file mode and writes through a symlink instead of replacing it', async () => {
    mkdirSync(join(dir, 'real'))
    const real = join(dir, 'real', 'series.kindframe')
    await saveProject(real, sample('One'))
    chmodSync(real, 0o600)
    const link = join(dir, 'link.kindframe')
    symlinkSync(real, link)
    await saveProject(link, sample('Two'))
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
    expect(JSON.parse(readFileSync(real, 'utf8')).series.title).toBe('Two')
    expect(statSync(real).mode & 0o777).toBe(0o600)
    expect(readdirSync(join(dir, 'real')).sort()).toEqual(['series.kindframe', 'series.kindframe.bak'])
  })

  it('refuses a folder that does not exist with not-writable naming the folder', async () => {
    const [code, message] = await codeOf(saveProject(join(dir, 'missing', 'x.kindframe'), sample()))
    expect(code).toBe('not-writable')
    expect(message).toContain(join(dir, 'missing'))
  })

  it.skipIf(process.getuid?.() === 0)(
    'refuses a read-only folder with not-writable (skipped as root, who may write anywhere)',
    async () => {
      const ro = join(dir, 'ro')
      mkdirSync(ro)
      chmodSync(ro, 0o555)
      const [code, message] = await codeOf(saveProject(join(ro, 'x.kindframe'), sample()))
      expect([code, message]).toEqual([
        'not-writable',
        `Cannot write ${join(ro, 'x.kindframe')}: the folder ${ro} is not writable.`
      ])
      expect(readdirSync(ro)).toEqual([])
    }
  )
})

describe('opening damaged or foreign files never changes them', () => {
  const cases: [string, string, string, RegExp][] = [
    ['empty', '', 'project-corrupt', /the file is empty/],
    [
      'truncated',
      serializeProject(sample()).slice(0, 120),
      'project-corrupt',
      /not valid JSON — the file ends before the JSON is complete \(at line \d+, column \d+\); it is probably truncated/
    ],
    [
      'newer version',
      JSON.stringify({ ...JSON.parse(serializeProject(sample())), version: PROJECT_VERSION + 1, futureField: 1 }),
      'project-too-new',
      new RegExp(
        `made by a newer Kindframe \\(version ${PROJECT_VERSION + 1}\\); this one reads up to ${PROJECT_VERSION}`
      )
    ],
    [
      'wrong kind',
      JSON.stringify({ kind: 'premiere-project', version: 1 }),
      'project-corrupt',
      /not a Kindframe project \(it has kind "premiere-project"/
    ],
    [
      'schema violation',
      JSON.stringify({ ...JSON.parse(serializeProject(sample())), sourceLocale: 'english!' }),
      'project-corrupt',
      /invalid project — sourceLocale: not a BCP-47 locale tag/
    ]
  ]
  it.each(cases)('%s', async (_name, text, code, message) => {
    const file = join(dir, 'bad.kindframe')
    writeFileSync(file, text)
    const [gotCode, gotMessage] = await codeOf(openProject(file))
    expect(gotCode).toBe(code)
    expect(gotMessage.startsWith(`${file}: `)).toBe(true)
    expect(gotMessage).toMatch(message)
    expect(readFileSync(file, 'utf8')).toBe(text)
    expect(readdirSync(dir).filter((f) => f !== 'user-recovery')).toEqual(['bad.kindframe'])
  })

  it('a missing project is not-found', async () => {
    expect((await codeOf(openProject(join(dir, 'nope.kindframe'))))[0]).toBe('not-found')
  })

  it('refuses to save over a file made by a newer Kindframe, leaving its bytes and making no .bak', async () => {
    const file = join(dir, 'future.kindframe')
    const text = JSON.stringify({
      kind: 'kindframe-project',
      version: PROJECT_VERSION + 3,
      series: { title: 'From the future' }
    })
    writeFileSync(file, text)
    const [code, message] = await codeOf(saveProject(file, sample()))
    expect(code).toBe('project-too-new')
    expect(message).toContain(`version ${PROJECT_VERSION + 3}`)
    expect(readFileSync(file, 'utf8')).toBe(text)
    expect(readdirSync(dir).filter((f) => f !== 'user-recovery')).toEqual(['future.kindframe'])
  })
})

describe('missing media and relink', () => {
  it('reports clips whose media is gone and relinks one to a moved file', async () => {
    const file = join(dir, 'series.kindframe')
    mkdirSync(join(dir, 'clips'))
    const project = sample()
    project.clips.push(Clip.parse({ id: 'present', title: 'Present', media: 'clips/here.mp4' }))
    copyFileSync(await makeClip({ width: 160, height: 90, durationS: 1 }), join(dir, 'clips', 'here.mp4'))
    await saveProject(file, project)

    const opened = await openProject(file)
    expect(opened.missingMedia).toEqual(['walk-away'])

    mkdirSync(join(dir, 'moved #1'))
    const moved = join(dir, 'moved #1', 'walk away [final].mp4')
    copyFileSync(await makeClip({ width: 90, height: 160, durationS: 1, audio: false }), moved)
    const { clip } = await relinkClip(file, opened.project.clips[0], moved)
    expect(clip.media).toBe('moved #1/walk away [final].mp4')
    expect([clip.probe?.width, clip.probe?.height, clip.probe?.hasAudio]).toEqual([90, 160, false])
    expect(clip.track).toEqual(opened.project.clips[0].track) // only media and probe change

    opened.project.clips[0] = clip
    await saveProject(file, opened.project)
    expect((await openProject(file)).missingMedia).toEqual([])
  })

  it('refuses to relink to something that is not a video', async () => {
    const text = join(dir, 'notes.mp4')
    writeFileSync(text, 'hello')
    const [code] = await codeOf(relinkClip(join(dir, 's.kindframe'), sample().clips[0], text))
    expect(code).toBe('not-media')
  })
})
