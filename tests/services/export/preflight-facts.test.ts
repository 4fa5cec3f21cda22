import { execFileSync } from 'node:child_process'
import {
  appendFileSync,
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCmap, shippedCoverage } from '../../../src/main/services/fonts/cmap'
import { fontsDir } from '../../../src/main/services/fonts'
import { fontFacts, parseFcList } from '../../../src/main/services/fonts/system'
import { fingerprintMedia, mediaFact } from '../../../src/main/services/media/fingerprint'
import { preflightBatch, recordedOutputs } from '../../../src/main/services/export/preflight'
import { rangesHas } from '../../../src/shared/preflight'
import { Project, PROJECT_VERSION } from '../../../src/shared/project/schema'
import { setTranslation } from '../../../src/shared/subtitles/translations'
import { makeClip, makeImage } from '../../helpers/media'
import { tempDir } from './export-helpers'

const hasFcQuery = (() => {
  try {
    execFileSync('fc-query', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

describe('character maps of the shipped fonts', () => {
  it.runIf(hasFcQuery)('readCmap agrees with fontconfig on every shipped text font (controls aside)', () => {
    for (const file of readdirSync(fontsDir()).filter((f) => f.endsWith('.ttf') && !f.startsWith('NotoEmoji'))) {
      const mine = readCmap(readFileSync(join(fontsDir(), file)))
      const fc = execFileSync('fc-query', ['-f', '%{charset}', join(fontsDir(), file)])
        .toString()
        .trim()
        .split(/\s+/)
      const fcSet = new Set<number>()
      for (const r of fc) {
        const [a, b] = r.split('-').map((x) => parseInt(x, 16))
        for (let c = a!; c <= (b ?? a!); c++) fcSet.add(c)
      }
      const mineSet = new Set<number>()
      for (let i = 0; i < mine.length; i += 2)
        for (let c = mine[i]!; c <= mine[i + 1]!; c++) if (c >= 0x20) mineSet.add(c)
      expect({
        file,
        onlyMine: [...mineSet].filter((c) => !fcSet.has(c)),
        onlyFc: [...fcSet].filter((c) => !mineSet.has(c))
      }).toEqual({ file, onlyMine: [], onlyFc: [] })
    }
  })

  it('per family: Latin with diacritics, Arabic, Thai, Devanagari, and astral emoji (the patched cmap libass reads)', async () => {
    const cov = await shippedCoverage()
    expect(Object.keys(cov).sort()).toEqual([
      'Noto Emoji',
      'Noto Sans',
      'Noto Sans Arabic',
      'Noto Sans Devanagari',
      'Noto Sans Thai'
    ])
    const has = (family: string, text: string) => [...text].every((ch) => rangesHas(cov[family], ch.codePointAt(0)!))
    expect(has('Noto Sans', 'Ação ñ ß Ł ő ả ự Привет Ωμέγα …—“”')).toBe(true)
    expect(has('Noto Sans Arabic', 'خلف كل حساب')).toBe(true)
    expect(has('Noto Sans Thai', 'สวัสดี')).toBe(true)
    expect(has('Noto Sans Devanagari', 'नमस्ते')).toBe(true)
    expect(has('Noto Emoji', '💛🧡')).toBe(true)
    expect(has('Noto Sans', 'שלום')).toBe(false) // Hebrew is not shipped (docs/fonts.md)
    expect(await shippedCoverage()).toBe(cov) // cached while the files are unchanged
  })
})

describe('system fonts (fontconfig)', () => {
  const listing =
    'Noto Sans Hebrew,Noto Sans Hebrew Regular\t20 5d0-5ea\nDejaVu Sans\t20-7e 5d0-5d5\nNoto Sans CJK SC\t20 4e00-9fff\n'
  it('parses fc-list charsets per family name', () => {
    const families = parseFcList(listing)
    expect(families.get('Noto Sans Hebrew')).toEqual([0x20, 0x20, 0x5d0, 0x5ea])
    expect(families.get('Noto Sans Hebrew Regular')).toEqual([0x20, 0x20, 0x5d0, 0x5ea])
    expect(families.get('DejaVu Sans')).toEqual([0x20, 0x7e, 0x5d0, 0x5d5])
  })

  it('facts: shipped maps, installed families asked for by name, the fallback for a missing character or null', async () => {
    const sys = { known: true, families: parseFcList(listing) }
    const needs = new Map([
      ['Noto Sans', new Set([0x61, 0x5d0, 0x10fffd])],
      ['Noto Sans CJK SC', new Set([0x4f60])]
    ])
    const facts = await fontFacts(needs, sys)
    expect(Object.keys(facts.shipped)).toContain('Noto Sans')
    expect(Object.keys(facts.system)).toEqual(['Noto Sans CJK SC'])
    // Noto families first, as fontconfig's fallback would sort them.
    expect(facts.fallback).toEqual({ [0x5d0]: 'Noto Sans Hebrew', [0x10fffd]: null })
    const unknown = await fontFacts(needs, { known: false, families: new Map() })
    expect([unknown.systemKnown, unknown.fallback]).toEqual([false, {}])
  })
})

describe('media against its import record', () => {
  it('unchanged, touched (same bytes), replaced with the same size, grown, deleted', async () => {
    const dir = tempDir('kf-fp-')
    const file = join(dir, 'a.mp4')
    copyFileSync(await makeClip({ width: 160, height: 90, durationS: 1 }), file)
    const record = await fingerprintMedia(file)
    expect(record.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(await mediaFact(file, record)).toEqual({
      exists: true,
      sizeBytes: record.sizeBytes,
      mtimeMs: record.mtimeMs
    })
    const later = new Date(record.mtimeMs + 60_000)
    utimesSync(file, later, later)
    expect((await mediaFact(file, record)).sha256).toBe(record.sha256)
    const bytes = readFileSync(file)
    bytes[bytes.length - 10] ^= 0xff
    writeFileSync(file, bytes)
    const swapped = await mediaFact(file, record)
    expect([swapped.sizeBytes, swapped.sha256 !== record.sha256]).toEqual([record.sizeBytes, true])
    appendFileSync(file, 'more')
    expect((await mediaFact(file, record)).sha256).toBeUndefined() // another size: no need to read it
    rmSync(file)
    expect(await mediaFact(file, record)).toEqual({ exists: false })
  })
})

describe('preflightBatch: the bad inputs of issue 11, each named', () => {
  it('media changed since import, a locale with no translation, a character no font has, a folder holding a different version', async () => {
    const dir = tempDir('kf-pfb-')
    copyFileSync(await makeClip({ width: 320, height: 180, durationS: 2 }), join(dir, 'a.mp4'))
    copyFileSync(await makeClip({ width: 320, height: 180, durationS: 2, toneHz: 550 }), join(dir, 'b.mp4'))
    copyFileSync(await makeImage(64, 64, 'orange'), join(dir, 'face.png'))
    const creator = { name: 'Ana', handle: '@ana', photo: 'face.png' }
    const cues = [{ id: 'q1', startMs: 0, endMs: 1500, text: 'Hello there' }]
    const probe = { durationMs: 2000, width: 320, height: 180, fps: 30, hasAudio: true }
    let a = {
      id: 'a',
      title: 'Alpha',
      media: 'a.mp4',
      probe,
      creator,
      mediaFingerprint: await fingerprintMedia(join(dir, 'a.mp4')),
      track: { cues, translations: {} }
    }
    a = { ...a, track: setTranslation(a.track, 'ms', 'q1', 'Helo \u{10FFFD}', 'done') }
    const b = {
      id: 'b',
      title: 'Beta',
      media: 'b.mp4',
      probe,
      creator,
      mediaFingerprint: await fingerprintMedia(join(dir, 'b.mp4')),
      track: { cues, translations: {} }
    }
    const project = Project.parse({
      kind: 'kindframe-project',
      version: PROJECT_VERSION,
      series: { title: 'S' },
      sourceLocale: 'en',
      targetLocales: ['ms'],
      clips: [a, b]
    })
    // Beta's file is re-rendered after import; the folder already holds an Alpha.en.mp4 someone else made.
    appendFileSync(join(dir, 'b.mp4'), Buffer.alloc(100))
    const out = join(dir, 'out')
    mkdirSync(join(out, 'S'), { recursive: true })
    writeFileSync(join(out, 'S', 'Alpha.en.mp4'), 'another version')

    const { report, facts } = await preflightBatch({
      project,
      projectPath: join(dir, 's.kindframe'),
      locales: ['en', 'ms'],
      outDir: out
    })
    expect(facts.cardMedia).toEqual({ 'face.png': true })
    const by = (clip: string, locale: string) => report.outputs.find((o) => o.clipId === clip && o.locale === locale)!
    const codes = (clip: string, locale: string) => by(clip, locale).problems.map((p) => p.code)
    expect(report.verified).toEqual({ media: true, fonts: true, outputs: true })
    expect([by('a', 'en').verdict, codes('a', 'en')]).toEqual(['blocked', ['output-exists']])
    expect(by('a', 'en').problems[0]!.message).toContain(
      'already holds a different version of S/Alpha.en.mp4 (no manifest in this folder records it)'
    )
    expect([by('a', 'ms').verdict, codes('a', 'ms')]).toEqual(['incomplete', ['font-missing-glyph']])
    expect(by('a', 'ms').problems[0]!.message).toBe(
      'No font has “\u{10FFFD}” (U+10FFFD), used in cue 1: it would be burned in as an empty box.'
    )
    expect([by('b', 'en').verdict, codes('b', 'en')]).toEqual(['incomplete', ['media-changed']])
    expect(codes('b', 'ms')).toEqual(['translation-none', 'media-changed'])
    expect(report.summary).toMatchObject({ total: 4, ready: 0, incomplete: 3, blocked: 1 })
  })

  it('reads which manifest wrote which file (newest wins; foreign JSON is ignored)', async () => {
    const dir = tempDir('kf-rec-')
    const row = (file: string, outputHash: string | undefined, state = 'done') => ({
      file,
      state,
      sizeBytes: 10,
      ...(outputHash ? { outputHash } : {})
    })
    writeFileSync(
      join(dir, 'kindframe-manifest-1.json'),
      JSON.stringify({
        kind: 'kindframe-export-manifest',
        version: 1,
        batchId: '1',
        createdAt: '2025-01-01T00:00:00Z',
        rows: [row('S/a.mp4', undefined), row('S/b.mp4', undefined, 'failed')]
      })
    )
    writeFileSync(
      join(dir, 'kindframe-manifest-2.json'),
      JSON.stringify({
        kind: 'kindframe-export-manifest',
        version: 2,
        batchId: '2',
        createdAt: '2025-02-01T00:00:00Z',
        rows: [row('S/a.mp4', 'h2')]
      })
    )
    writeFileSync(join(dir, 'kindframe-manifest-x.json'), '{ not json')
    const rec = await recordedOutputs(dir)
    expect([...rec.keys()]).toEqual(['S/a.mp4'])
    expect(rec.get('S/a.mp4')).toEqual({
      outputHash: 'h2',
      sizeBytes: 10,
      batchId: '2',
      createdAt: '2025-02-01T00:00:00Z'
    })
  })
})
