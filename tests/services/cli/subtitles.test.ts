import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import iconv from 'iconv-lite'
import { afterAll, describe, expect, it } from 'vitest'
import { newProject, Clip } from '../../../src/shared/project/schema'
import { setTranslation } from '../../../src/shared/subtitles/translations'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const fixtures = join(root, 'tests/fixtures/subtitles')
const dir = mkdtempSync(join(tmpdir(), 'kf-subs-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function kindframe(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(root, 'bin/kindframe.mjs'), ...args],
      { cwd: root, timeout: 60_000 },
      (err, stdout, stderr) => {
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr })
      }
    )
  })
}

describe('kindframe convert', () => {
  it('converts a malformed UTF-16 SRT to WebVTT, reporting repairs on stderr', async () => {
    const input = join(dir, 'in.srt')
    writeFileSync(
      input,
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        iconv.encode(readFileSync(join(fixtures, 'malformed.srt'), 'utf8').replace(/\n/g, '\r\n'), 'utf-16le')
      ])
    )
    const out = join(dir, 'out.vtt')
    const r = await kindframe(['convert', input, out])
    expect(r.code).toBe(0)
    expect(r.stderr).toContain(
      `${input}:10: guessed: blank line inside a cue: the lines after it are read as more text of the cue (as Subtitle Edit does)`
    )
    expect(r.stderr).toContain(
      `${input}:31: dropped: cue dropped: it ends (11000 ms) before it starts (12000 ms): "Ends before it starts"`
    )
    expect(r.stderr.trim().split('\n').pop()).toBe(
      `9 cues: srt (utf-16le) → vtt ${out}; 2 dropped, 8 repaired, 2 guessed`
    )
    const vtt = readFileSync(out, 'utf8')
    expect(vtt.startsWith('WEBVTT\n\nc1\n00:00:00.000 --> 00:00:00.900\nNegative start\n')).toBe(true)
    expect(vtt.match(/-->/g)).toHaveLength(9)
  })

  it('round-trips SRT → ASS → SRT keeping text exactly (times at ASS centiseconds)', async () => {
    const ass = join(dir, 'clean.ass')
    const back = join(dir, 'clean-back.srt')
    expect((await kindframe(['convert', join(fixtures, 'clean.srt'), ass])).code).toBe(0)
    expect((await kindframe(['convert', ass, back])).code).toBe(0)
    const original = readFileSync(join(fixtures, 'clean.srt'), 'utf8')
    // 00:00:09,999 becomes 00:00:10,000 (ASS has centiseconds); 01:02:03,004/04,005 → ,000/,010 (rounded to 10 ms).
    expect(readFileSync(back, 'utf8')).toBe(
      original
        .replace('00:00:09,999', '00:00:10,000')
        .replace('01:02:03,004 --> 01:02:04,005', '01:02:03,000 --> 01:02:04,010')
    )
  })

  it('writes nothing and exits 3 for a binary file renamed .srt', async () => {
    const input = join(dir, 'video.srt')
    writeFileSync(input, Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from('ftypisom'), Buffer.alloc(64)]))
    const out = join(dir, 'video.vtt')
    const r = await kindframe(['convert', input, out])
    expect(r.code).toBe(3)
    expect(r.stderr).toBe(`kindframe: ${input} is not a subtitle file: it looks like an MP4/MOV video.\n`)
    expect(existsSync(out)).toBe(false)
  })

  it('exits 3 with the report when no cue is usable; 5 over the input or an existing file; 2 on usage errors', async () => {
    const input = join(dir, 'letter.srt')
    writeFileSync(input, 'Dear friend,\nno subtitles here.\n')
    const r = await kindframe(['convert', input, join(dir, 'letter.vtt')])
    expect(r.code).toBe(3)
    expect(r.stderr).toContain(`${input}:1: dropped: text before the first cue ignored (2 lines): "Dear friend,"`)
    expect(existsSync(join(dir, 'letter.vtt'))).toBe(false)
    const src = join(fixtures, 'clean.srt')
    const over = await kindframe(['convert', src, src, '--overwrite'])
    expect(over.code).toBe(5)
    expect(over.stderr).toBe(`kindframe: Refusing to write over the input file ${src}.\n`)
    const existing = join(dir, 'exists.vtt')
    writeFileSync(existing, 'keep me')
    expect((await kindframe(['convert', src, existing])).code).toBe(5)
    expect(readFileSync(existing, 'utf8')).toBe('keep me')
    expect((await kindframe(['convert', src])).code).toBe(2)
    expect((await kindframe(['convert', src, join(dir, 'x.txt')])).code).toBe(2)
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('honours --encoding', async () => {
    const input = join(dir, 'latin.srt')
    writeFileSync(input, iconv.encode('1\n00:00:01,000 --> 00:00:02,000\nCoração\n', 'windows-1252'))
    const out = join(dir, 'latin.vtt')
    expect((await kindframe(['convert', input, out, '--encoding', 'windows-1252'])).code).toBe(0)
    expect(readFileSync(out, 'utf8')).toContain('Coração')
  })
})

describe('kindframe qc', () => {
  it('checks a subtitle file (text) and exits 1 on errors', async () => {
    const r = await kindframe(['qc', join(fixtures, 'malformed.srt'), '--profile', 'netflix'])
    expect(r.code).toBe(1)
    const f = join(fixtures, 'malformed.srt')
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([
      `${f} [en] 00:00:02.500 c3: error Line is 45 characters wide; the limit is 42. (max-cpl)`,
      `${f} [en] 00:00:02.500 c3: warning Reading speed is 89.1 characters per second; the limit is 17. (reading-speed)`
    ])
    // The lines after a blank line inside cue 4 are read as its text (as Subtitle Edit does): 4 lines.
    expect(r.stdout).toContain('c4: error Cue has 4 lines; the limit is 2. (max-lines)')
    expect(r.stdout.trim().split('\n').pop()).toBe(
      '2 error(s), 7 warning(s) in 1 clip/locale track(s), profile netflix'
    )
    // The same import report as convert and lint, on stderr.
    expect(r.stderr).toContain(
      `${f}:31: dropped: cue dropped: it ends (11000 ms) before it starts (12000 ms): "Ends before it starts"`
    )
  })

  it('checks a project: every clip × source + target locales (json), with probe fps/duration and end card', async () => {
    const project = newProject('Kind Stories')
    project.targetLocales = ['ms', 'ja']
    let track = {
      cues: [
        { id: 'c1', startMs: 0, endMs: 2000, text: 'Hey, are you okay?' },
        { id: 'c2', startMs: 2020, endMs: 4000, text: 'I saw what happened.' },
        { id: 'c3', startMs: 4500, endMs: 5800, text: 'Sit with us.' }
      ],
      translations: {}
    }
    track = setTranslation(track, 'ms', 'c1', 'Hei, awak okay?', 'done')
    track = setTranslation(track, 'ja', 'c1', '大丈夫？あの時のことを見ていたよ、本当にひどかったね、ごめん', 'done')
    project.clips = [
      Clip.parse({
        id: 'clip-1',
        title: 'Hallway',
        media: 'hallway.mp4',
        probe: { durationMs: 6000, width: 1080, height: 1920, fps: 30, hasAudio: true },
        track
      })
    ]
    const path = join(dir, 'kind.kindframe')
    writeFileSync(path, JSON.stringify(project))
    const r = await kindframe(['qc', path, '--format', 'json'])
    expect(r.stderr).toBe('')
    const json = JSON.parse(r.stdout)
    expect(json.profile).toBe('social')
    expect(
      json.results.map((x: { clipId: string; locale: string; issues: { cueId: string; ruleId: string }[] }) => [
        x.clipId,
        x.locale,
        x.issues.map((i) => `${i.cueId} ${i.ruleId}`)
      ])
    ).toEqual([
      ['clip-1', 'en', ['c1 min-gap', 'c3 under-end-card']],
      ['clip-1', 'ms', []],
      ['clip-1', 'ja', ['c1 max-cpl', 'c1 reading-speed']]
    ])
    expect(json.summary).toEqual({ error: 1, warning: 3, info: 0 })
    expect(r.code).toBe(1)
    const onlyMs = await kindframe(['qc', path, '--locale', 'ms'])
    expect(onlyMs.code).toBe(0)
    expect(onlyMs.stdout).toBe('0 error(s), 0 warning(s) in 1 clip/locale track(s), profile social\n')
  })

  it('refuses unknown profiles and unreadable input', async () => {
    expect((await kindframe(['qc', join(fixtures, 'clean.srt'), '--profile', 'cinema'])).code).toBe(2)
    expect((await kindframe(['qc', join(dir, 'missing.kindframe')])).code).toBe(3)
  })
})

describe('lint, qc and convert read subtitle files the same way', () => {
  const png = () => {
    const p = join(dir, 'photo.srt')
    writeFileSync(p, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]))
    return p
  }
  const empty = () => {
    const p = join(dir, 'empty.srt')
    writeFileSync(p, '')
    return p
  }
  const commands = (input: string) => [
    ['lint', input],
    ['qc', input],
    ['convert', input, join(dir, `out-${Math.random().toString(36).slice(2)}.vtt`)]
  ]

  it.each([
    ['a zero-byte file', empty, 'is empty (0 bytes): not a subtitle file.'],
    ['an image named .srt', png, 'is not a subtitle file: it looks like a PNG image.']
  ])('%s: every command refuses it with exit 3 and the same message', async (_name, make, message) => {
    const input = make()
    for (const args of commands(input)) {
      const r = await kindframe(args)
      expect([args[0], r.code]).toEqual([args[0], 3])
      expect(r.stderr).toContain(`${input} ${message}`)
    }
  })

  it('a cue that ends before it starts is reported by every command; lint still reads its words', async () => {
    const input = join(dir, 'backwards.srt')
    writeFileSync(
      input,
      '1\n00:00:01,000 --> 00:00:02,000\nHello there.\n\n2\n00:00:05,000 --> 00:00:04,000\nYou are stupid, kill yourself\n'
    )
    const line = `${input}:6: dropped: cue dropped: it ends (4000 ms) before it starts (5000 ms): "You are stupid, kill yourself"`
    const lint = await kindframe(['lint', input])
    expect(lint.stderr).toContain(line)
    expect(lint.code).toBe(1)
    expect(lint.stdout).toMatch(/error .*\[cue dropped@6 @ 00:00:05\.000\]/)
    const qc = await kindframe(['qc', input])
    expect(qc.stderr).toContain(line)
    const convert = await kindframe(['convert', input, join(dir, 'backwards.vtt')])
    expect(convert.stderr).toContain(line)
    expect(convert.code).toBe(0)
  })

  it('a file whose only cue is backwards: exit 3 everywhere; lint still shows what the words say', async () => {
    const input = join(dir, 'only-backwards.srt')
    writeFileSync(input, '1\n00:00:05,000 --> 00:00:04,000\nYou are stupid, kill yourself\n')
    for (const args of commands(input)) expect([args[0], (await kindframe(args)).code]).toEqual([args[0], 3])
    const lint = await kindframe(['lint', input])
    expect(lint.stdout).toMatch(/error/)
    expect(lint.stderr).toContain(`${input}:2: dropped: cue dropped`)
    expect(lint.stderr).toContain(`kindframe: No subtitles could be read from ${input}`)
  })
})
