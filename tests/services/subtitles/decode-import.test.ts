import { mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { afterAll, describe, expect, it } from 'vitest'
import { decodeSubtitleBytes } from '../../../src/main/services/subtitles/decode'
import { exportSubtitleFile, importSubtitleFile } from '../../../src/main/services/subtitles/subtitle-files'
import { KindframeError } from '../../../src/shared/errors'

const dir = mkdtempSync(join(tmpdir(), 'kf-subs-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/subtitles/${name}`, import.meta.url), 'utf8')
const write = (name: string, data: Buffer | string) => {
  const p = join(dir, name)
  writeFileSync(p, data)
  return p
}
const latin = '1\n00:00:01,000 --> 00:00:02,000\nÇa va? Olá, coração. São €5 – “quotes”\n'

describe('encoding detection', () => {
  it.each([
    ['utf-8', Buffer.from(latin, 'utf8'), 'utf-8'],
    ['utf-8 BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(latin, 'utf8')]), 'utf-8'],
    ['utf-16le BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(latin, 'utf-16le')]), 'utf-16le'],
    ['utf-16be BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(latin, 'utf-16be')]), 'utf-16be'],
    ['utf-16le no BOM', iconv.encode(latin, 'utf-16le'), 'utf-16le'],
    ['utf-16be no BOM', iconv.encode(latin, 'utf-16be'), 'utf-16be'],
    ['windows-1252', iconv.encode(latin, 'windows-1252'), 'windows-1252']
  ])('%s', (_name, bytes, encoding) => {
    const d = decodeSubtitleBytes(bytes, 'x.srt')
    expect(d.encoding).toBe(encoding)
    expect(d.text).toBe(latin)
  })

  it('reads ISO-8859-2 (Central European) by detection, reporting the guess', () => {
    const polish =
      '1\n00:00:01,000 --> 00:00:02,000\nZażółć gęślą jaźń. Dziękuję bardzo, przyjaciółko! Łódź jest piękna, świetnie.\n'.repeat(
        3
      )
    const d = decodeSubtitleBytes(iconv.encode(polish, 'iso-8859-2'), 'pl.srt')
    expect(d.encoding).toBe('iso-8859-2')
    expect(d.text).toBe(polish)
    expect(d.notes[0].message).toMatch(/^not UTF-8; read as iso-8859-2 \(detected, confidence \d+%\)$/)
  })

  it('decodes a file with mixed encodings line by line and reports the lines', () => {
    const bytes = Buffer.concat([
      Buffer.from('1\n00:00:01,000 --> 00:00:02,000\nnaïve 🙂\n\n2\n00:00:03,000 --> 00:00:04,000\n', 'utf8'),
      iconv.encode('café crème\n', 'windows-1252')
    ])
    const d = decodeSubtitleBytes(bytes, 'mixed.srt')
    expect(d.text).toBe('1\n00:00:01,000 --> 00:00:02,000\nnaïve 🙂\n\n2\n00:00:03,000 --> 00:00:04,000\ncafé crème\n')
    expect(d.encoding).toBe('utf-8+windows-1252')
    expect(d.notes).toEqual([
      {
        line: 7,
        kind: 'repaired',
        message: 'line is not valid UTF-8; read as windows-1252 (mixed encodings in one file)'
      }
    ])
  })

  it('decodes bad lines after a UTF-8 BOM the same way', () => {
    const d = decodeSubtitleBytes(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('ok\n'), iconv.encode('olé\n', 'windows-1252')]),
      'bom.srt'
    )
    expect(d).toEqual({
      text: 'ok\nolé\n',
      encoding: 'utf-8+windows-1252',
      notes: [
        {
          line: 2,
          kind: 'repaired',
          message: 'line is not valid UTF-8; read as windows-1252 (mixed encodings in one file)'
        }
      ]
    })
  })

  it('honours a forced encoding and refuses an unknown one', () => {
    expect(decodeSubtitleBytes(iconv.encode(latin, 'windows-1252'), 'x', 'latin1').text).toBe(
      latin.replace('€', '\u0080').replace('–', '\u0096').replace('“', '\u0093').replace('”', '\u0094')
    )
    expect(() => decodeSubtitleBytes(Buffer.from('x'), 'x', 'klingon')).toThrow('Unknown encoding "klingon"')
  })
})

describe('importSubtitleFile', () => {
  it('imports the fixtures with their reports', async () => {
    const r = await importSubtitleFile(
      join(new URL('../../fixtures/subtitles/', import.meta.url).pathname, 'malformed.srt')
    )
    expect(r.format).toBe('srt')
    expect(r.cues).toHaveLength(9)
    expect(r.report.entries.filter((e) => e.kind === 'dropped')).toHaveLength(2)
    expect(r.dropped.map((d) => [d.line, d.text])).toEqual([
      [31, 'Ends before it starts'],
      [35, 'End missing']
    ])
  })

  it('reads a UTF-16 CRLF file exactly like the UTF-8 LF one', async () => {
    const text = fixture('clean.srt')
    const p = write(
      'utf16.srt',
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text.replace(/\n/g, '\r\n'), 'utf-16le')])
    )
    const r = await importSubtitleFile(p)
    const ref = await importSubtitleFile(write('utf8.srt', text))
    expect(r.encoding).toBe('utf-16le')
    expect(r.cues).toEqual(ref.cues)
    expect(r.cues[3].text).toBe('zero\u200bwidth and\u00a0nbsp — café 👩🏽‍🎨')
  })

  it('refuses a binary file renamed .srt, naming the file and what it is', async () => {
    const png = write('photo.srt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))
    await expect(importSubtitleFile(png)).rejects.toMatchObject({
      code: 'parse-failed',
      message: `${png} is not a subtitle file: it looks like a PNG image.`
    })
    const random = write('noise.srt', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)))
    await expect(importSubtitleFile(random)).rejects.toMatchObject({
      code: 'parse-failed',
      message: `${random} is not a subtitle file: it contains binary data (a zero byte at offset 61).`
    })
  })

  it('refuses files with no usable cue, empty files and missing files', async () => {
    const bad = write('bad.srt', 'hello\nthis is a letter\n')
    const err = (await importSubtitleFile(bad).catch((e: unknown) => e)) as KindframeError
    expect(err.code).toBe('parse-failed')
    expect(err.message).toBe(
      `No subtitles could be read from ${bad}: line 1: dropped: text before the first cue ignored (2 lines): "hello"`
    )
    const empty = write('empty.vtt', '')
    await expect(importSubtitleFile(empty)).rejects.toMatchObject({
      code: 'parse-failed',
      message: `${empty} is empty (0 bytes): not a subtitle file.`
    })
    await expect(importSubtitleFile(join(dir, 'nope.srt'))).rejects.toMatchObject({ code: 'not-found' })
  })

  it('reads by content when the extension lies', async () => {
    const r = await importSubtitleFile(write('really-vtt.srt', fixture('clean.vtt')))
    expect(r.format).toBe('vtt')
    expect(r.report.entries[0]).toEqual({
      line: 0,
      kind: 'guessed',
      message: 'the extension says SRT but the content is VTT; read as VTT'
    })
  })

  it('a .vtt without the WEBVTT signature is not WebVTT: its SRT-like cues are read by the SRT reader, and the report says so', async () => {
    const r = await importSubtitleFile(write('headless.vtt', '00:01.000 --> 00:02.000\nhi\n'))
    expect(r.format).toBe('srt')
    expect(r.cues).toEqual([{ id: 'c1', startMs: 1000, endMs: 2000, text: 'hi' }])
    expect(r.report.entries[0]).toEqual({
      line: 0,
      kind: 'guessed',
      message: 'the extension says VTT but the content is SRT; read as SRT'
    })
    // Forced to WebVTT, the reader follows the specification: no signature, no cues.
    await expect(
      importSubtitleFile(write('headless2.vtt', '00:01.000 --> 00:02.000\nhi\n'), { format: 'vtt' })
    ).rejects.toMatchObject({ code: 'parse-failed' })
  })

  it('a file whose only cue ends before it starts is refused, with the report and the cue text in the details', async () => {
    const p = write('backwards.srt', '1\n00:00:05,000 --> 00:00:04,000\nYou are stupid, kill yourself\n')
    const err = (await importSubtitleFile(p).catch((e: unknown) => e)) as KindframeError
    expect(err.code).toBe('parse-failed')
    expect(err.details).toMatchObject({
      dropped: [{ line: 2, text: 'You are stupid, kill yourself' }],
      report: { entries: [{ line: 2, kind: 'dropped' }] }
    })
  })

  it('parses a generated 50 MB file linearly (every cue, exact last timing)', async () => {
    const block = (i: number) => {
      const ms = i * 500 // 444,000 cues stay under 99 hours
      const t = (x: number) =>
        `${String(Math.floor(x / 3_600_000)).padStart(2, '0')}:${String(Math.floor(x / 60000) % 60).padStart(2, '0')}:${String(Math.floor(x / 1000) % 60).padStart(2, '0')},${String(x % 1000).padStart(3, '0')}`
      return `${i + 1}\r\n${t(ms)} --> ${t(ms + 400)}\r\nLine number ${i} with some text, café 🙂\r\nand a second line of the cue\r\n\r\n`
    }
    const parts: string[] = []
    let size = 0
    let n = 0
    while (size < 50 * 1024 * 1024) {
      const b = block(n++)
      parts.push(b)
      size += Buffer.byteLength(b)
    }
    const p = write('huge.srt', parts.join(''))
    parts.length = 0
    const r = await importSubtitleFile(p)
    expect(r.cues).toHaveLength(n)
    expect(r.cues[n - 1]).toEqual({
      id: `c${n}`,
      startMs: (n - 1) * 500,
      endMs: (n - 1) * 500 + 400,
      text: `Line number ${n - 1} with some text, café 🙂\nand a second line of the cue`
    })
    expect(r.report.entries).toEqual([])
    rmSync(p)
  })
})

describe('exportSubtitleFile', () => {
  const cues = [{ id: 'a', startMs: 1000, endMs: 2000, text: 'Hi 🙂' }]
  it('writes atomically, refuses to overwrite unless asked, never over the input', async () => {
    const out = join(dir, 'out.vtt')
    expect(await exportSubtitleFile(out, cues)).toEqual({ path: out, format: 'vtt', bytes: 48 })
    expect(readFileSync(out, 'utf8')).toBe('WEBVTT\n\na\n00:00:01.000 --> 00:00:02.000\nHi 🙂\n')
    await expect(exportSubtitleFile(out, cues)).rejects.toMatchObject({ code: 'exists' })
    await exportSubtitleFile(out, [{ ...cues[0], text: 'Bye' }], { overwrite: true })
    expect(readFileSync(out, 'utf8')).toContain('Bye')
    await expect(exportSubtitleFile(out, cues, { overwrite: true, notOver: out })).rejects.toMatchObject({
      code: 'exists',
      message: `Refusing to write over the input file ${out}.`
    })
    await expect(exportSubtitleFile(join(dir, 'x.txt'), cues)).rejects.toMatchObject({ code: 'invalid-input' })
    await expect(exportSubtitleFile(join(dir, 'missing-dir', 'x.srt'), cues)).rejects.toMatchObject({
      code: 'not-writable'
    })
    expect(existsSync(join(dir, 'missing-dir'))).toBe(false)
  })
})
