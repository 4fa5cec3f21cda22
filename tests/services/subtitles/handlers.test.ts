import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { dispatch } from '../../../src/main/dispatch'
import { createHandlers } from '../../../src/main/handlers'
import { Clip } from '../../../src/shared/project/schema'
import { applyTranslations, translationStatus } from '../../../src/shared/subtitles/translations'

const handlers = createHandlers('bridge')
const call = async (name: string, input: unknown) => {
  const res = await dispatch(handlers, name, input, () => {})
  if ('error' in res) throw Object.assign(new Error(res.error.message), { code: res.error.code })
  return res.ok as any // eslint-disable-line @typescript-eslint/no-explicit-any
}
const dir = mkdtempSync(join(tmpdir(), 'kf-subs-ops-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const fixtures = new URL('../../fixtures/subtitles/', import.meta.url).pathname

describe('subtitles.* operations through dispatch', () => {
  it('imports a file with its report, formatting and the file’s native parts (ASS styles), and exports them back', async () => {
    const r = await call('subtitles.import', { path: join(fixtures, 'sample.ass') })
    expect(r.format).toBe('ass')
    expect(r.encoding).toBe('utf-8')
    expect(r.cues).toHaveLength(3)
    expect(r.cues[0].marks).toEqual([{ from: 0, to: 3, kind: 'italic' }])
    expect(r.native.ass.styles.styles.map((s: { Name: string }) => s.Name)).toEqual(['Default', 'Sign'])
    expect(r.report.entries.map((e: { kind: string }) => e.kind)).toEqual(['dropped', 'dropped'])
    expect(r.dropped).toEqual([])
    const out = join(dir, 'back.ass')
    await call('subtitles.export', { path: out, cues: r.cues, native: r.native })
    expect(readFileSync(out, 'utf8')).toContain('Style: Sign,Noto Sans,48,&H0000FFFF')
  })

  it('refuses bad input with a specific code', async () => {
    await expect(call('subtitles.import', { path: '' })).rejects.toMatchObject({ code: 'invalid-input' })
    await expect(call('subtitles.import', { path: join(dir, 'none.srt') })).rejects.toMatchObject({ code: 'not-found' })
  })

  it('imports a translated SRT aligned to the source cues and exports a locale', async () => {
    const source = (await call('subtitles.import', { path: join(fixtures, 'clean.srt') })).cues
    const translated = join(dir, 'ms.srt')
    writeFileSync(
      translated,
      '1\n00:00:01,050 --> 00:00:03,400\nHei, awak okay? 🙂\n\n2\n00:00:30,000 --> 00:00:31,000\nTiada padanan\n'
    )
    const r = await call('subtitles.importTranslation', { path: translated, locale: 'ms', sourceCues: source })
    expect(Object.keys(r.translations)).toEqual(['c1'])
    expect(r.translations.c1.text).toBe('Hei, awak okay? 🙂')
    expect(r.unmatched.map((u: { cue: { text: string } }) => u.cue.text)).toEqual(['Tiada padanan'])
    const out = join(dir, 'out.srt')
    expect(await call('subtitles.export', { path: out, cues: source.slice(0, 1) })).toEqual({
      path: out,
      format: 'srt',
      bytes: 56
    })
    expect(readFileSync(out, 'utf8')).toBe('1\n00:00:01,000 --> 00:00:03,500\nHey, are you okay? 🙂\n')
    await expect(call('subtitles.export', { path: out, cues: source })).rejects.toMatchObject({ code: 'exists' })
  })

  it('exports XLIFF for translators and imports the returned file, refusing it for another clip', async () => {
    const clip = Clip.parse({
      id: 'clip-1',
      title: 'Hallway',
      media: 'a.mp4',
      track: {
        cues: [
          { id: 'c1', startMs: 0, endMs: 1000, text: 'Hello' },
          { id: 'c2', startMs: 1200, endMs: 2000, text: 'Thanks' }
        ]
      }
    })
    const path = join(dir, 'clip-1.ms.xlf')
    expect(
      await call('subtitles.exportXliff', {
        path,
        version: '2.0',
        projectTitle: 'Kind',
        sourceLocale: 'en',
        clip,
        locale: 'ms'
      })
    ).toMatchObject({ path, units: 2 })
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace(
        '<source>Hello</source>',
        '<source>Hello</source>\n        <target>Helo</target>'
      )
    )
    const back = await call('subtitles.importXliff', { path, projectTitle: 'Kind', clip, locale: 'ms' })
    expect(back.conflicts).toEqual([])
    const track = applyTranslations(clip.track, 'ms', back.translations)
    expect([translationStatus(track, 'ms', 'c1'), translationStatus(track, 'ms', 'c2')]).toEqual(['draft', 'missing'])
    const other = await call('subtitles.importXliff', {
      path,
      projectTitle: 'Kind',
      clip: { ...clip, id: 'clip-2' },
      locale: 'ms'
    })
    expect(other.translations).toEqual({})
    expect(other.conflicts[0].kind).toBe('wrong-file')
    const csv = join(dir, 'clip-1.ms.csv')
    await call('subtitles.exportXliff', {
      path: csv,
      version: 'csv',
      projectTitle: 'Kind',
      sourceLocale: 'en',
      clip,
      locale: 'ms'
    })
    expect(readFileSync(csv, 'utf8').split('\r\n')[1]).toBe(
      'c1,00:00:00.000,00:00:01.000,,Hello,,missing,at most 3 lines of 32 characters,ms,kindframe:project=Kind;clip=clip-1'
    )
  })

  it('drafts from a script: an empty script is refused before ffmpeg runs', async () => {
    await expect(call('subtitles.draftFromScript', { mediaPath: '/nope.mp4', script: ' ' })).rejects.toMatchObject({
      code: 'invalid-input',
      message: 'The script is empty: write the voiceover script first.'
    })
  })
})
