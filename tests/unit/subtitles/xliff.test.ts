import { describe, expect, it } from 'vitest'
import xliff2js from 'xliff/xliff2js'
import xliff12ToJs from 'xliff/xliff12ToJs'
import createxliff from 'xliff/createxliff'
import createxliff12 from 'xliff/createxliff12'
import type { SubtitleTrack } from '../../../src/shared/project/schema'
import { cueFingerprint } from '../../../src/shared/subtitles/fingerprint'
import { applyTranslations, setTranslation, translationStatus } from '../../../src/shared/subtitles/translations'
import {
  exportCsv,
  exportXliff12,
  exportXliff20,
  importHandoff,
  parseCsv,
  parseXml
} from '../../../src/shared/subtitles/xliff'

let track: SubtitleTrack = {
  cues: [
    { id: 'c1', startMs: 1000, endMs: 2500, text: 'Hey, are you <okay>?', speaker: 'Ana & Co' },
    { id: 'c2', startMs: 3000, endMs: 4000, text: 'Line one\nline "two" 🙂' },
    { id: 'c3', startMs: 4100, endMs: 5000, text: 'Not yet translated' }
  ],
  translations: {}
}
track = setTranslation(track, 'ms', 'c1', 'Hei, awak <okay>?', 'done')
track = setTranslation(track, 'ms', 'c2', 'Baris satu\nbaris "dua" 🙂', 'draft')
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the library's result shape is untyped
type Any = any
const identity = { project: 'Kind Stories; S1', clip: 'clip-7' }
const input = { track, sourceLocale: 'en', targetLocale: 'ms', identity, limits: { maxCpl: 32, maxLines: 3 } }
const target = { track, locale: 'ms', identity }

describe('XLIFF 2.0', () => {
  const xml = exportXliff20(input)

  it('parses with the xliff library: ids, sources, targets, notes, languages', async () => {
    const js = (await xliff2js(xml)) as Any
    expect(js.sourceLanguage).toBe('en')
    expect(js.targetLanguage).toBe('ms')
    const units = js.resources.f1
    expect(Object.keys(units)).toEqual(['c1', 'c2', 'c3'])
    expect(units.c1.source).toBe('Hey, are you <okay>?')
    expect(units.c1.target).toBe('Hei, awak <okay>?')
    expect(units.c2.target).toBe('Baris satu\nbaris "dua" 🙂')
    expect(units.c3.target).toBeUndefined()
    expect(units.c1.note).toEqual(['Ana & Co', '00:00:01.000 --> 00:00:02.500', 'at most 3 lines of 32 characters'])
  })

  it('round-trips through our reader with statuses and fingerprints', () => {
    const r = importHandoff(xml, target)
    expect(r.format).toBe('xliff-2.0')
    expect(r.conflicts).toEqual([])
    expect(r.identity).toEqual(identity)
    expect(r.translations).toEqual({
      c1: { text: 'Hei, awak <okay>?', status: 'done', sourceFingerprint: cueFingerprint(track.cues[0]) },
      c2: { text: 'Baris satu\nbaris "dua" 🙂', status: 'draft', sourceFingerprint: cueFingerprint(track.cues[1]) }
    })
  })

  it("reads a translator's file: new targets, segment states, conflicts", () => {
    const returned = xml
      .replace(
        '<segment state="initial">\n        <source>Not yet translated</source>',
        '<segment state="reviewed">\n        <source>Not yet translated</source>\n        <target>Belum diterjemah</target>'
      )
      .replace('<source>Line one\nline "two" 🙂</source>', '<source>Line one (old)</source>')
      .replace(
        '</file>',
        '<unit id="c99"><segment state="final"><source>x</source><target>y</target></segment></unit><unit id="c1"><segment><source>dup</source><target>dup</target></segment></unit></file>'
      )
    const r = importHandoff(returned, target)
    expect(r.translations.c3).toEqual({
      text: 'Belum diterjemah',
      status: 'done',
      sourceFingerprint: cueFingerprint(track.cues[2])
    })
    expect(r.translations.c2).toEqual({ text: 'Baris satu\nbaris "dua" 🙂', status: 'outdated' })
    expect(r.conflicts.map((c) => [c.kind, c.unitId])).toEqual([
      ['source-changed', 'c2'],
      ['unknown-id', 'c99'],
      ['duplicate-id', 'c1']
    ])
    const merged = applyTranslations(track, 'ms', r.translations)
    expect(['c1', 'c2', 'c3'].map((id) => translationStatus(merged, 'ms', id))).toEqual(['done', 'outdated', 'done'])
  })

  it('refuses a file for another clip, project or locale, and malformed XML', () => {
    expect(importHandoff(xml, { ...target, identity: { ...identity, clip: 'clip-8' } })).toMatchObject({
      translations: {},
      conflicts: [
        {
          kind: 'wrong-file',
          message:
            'this file is for clip "clip-7" of project "Kind Stories; S1", not clip "clip-8" of project "Kind Stories; S1"'
        }
      ]
    })
    expect(importHandoff(xml, { ...target, identity: { ...identity, project: 'Other' } }).conflicts[0].kind).toBe(
      'wrong-file'
    )
    expect(importHandoff(xml, { ...target, locale: 'id' }).conflicts).toEqual([
      { kind: 'wrong-locale', message: 'this file is a ms translation, not id' }
    ])
    expect(importHandoff(xml.replace('</segment>', ''), target).conflicts[0]).toMatchObject({
      kind: 'malformed',
      line: 14,
      message: 'not a readable XLIFF or CSV file: line 14: expected </segment>'
    })
  })

  it('imports a file made by another tool (the xliff library) by cue id, noting the missing identity', async () => {
    const foreign = (await createxliff(
      'en',
      'ms',
      { c1: track.cues[0].text, c2: track.cues[1].text },
      { c1: 'Hai', c2: '' },
      'ns'
    )) as string
    const r = importHandoff(foreign, target)
    expect(r.conflicts.map((c) => c.kind)).toEqual(['no-identity'])
    expect(r.translations).toEqual({
      c1: { text: 'Hai', status: 'draft', sourceFingerprint: cueFingerprint(track.cues[0]) }
    })
  })
})

describe('XLIFF 1.2', () => {
  const xml = exportXliff12(input)
  it('parses with the xliff library', async () => {
    const js = (await xliff12ToJs(xml)) as Any
    expect(js.sourceLanguage).toBe('en')
    expect(js.targetLanguage).toBe('ms')
    const units = js.resources['kindframe:project=Kind%20Stories%3B%20S1;clip=clip-7']
    expect(units.c2).toMatchObject({ source: 'Line one\nline "two" 🙂', target: 'Baris satu\nbaris "dua" 🙂' })
    expect(units.c1.additionalAttributes).toMatchObject({ maxwidth: '96', 'size-unit': 'char' })
  })

  it('round-trips, and reads approved/state from other tools', async () => {
    expect(importHandoff(xml, target)).toMatchObject({
      format: 'xliff-1.2',
      conflicts: [],
      translations: { c1: { status: 'done' }, c2: { status: 'draft' } }
    })
    const foreign = (await createxliff12('en', 'ms', { c3: 'Not yet translated' }, { c3: 'Belum' }, 'x')) as string
    const r = importHandoff(foreign.replace('<trans-unit id="c3"', '<trans-unit id="c3" approved="yes"'), target)
    expect(r.translations.c3).toEqual({
      text: 'Belum',
      status: 'done',
      sourceFingerprint: cueFingerprint(track.cues[2])
    })
  })
})

describe('CSV', () => {
  const csv = exportCsv(input)
  it('quotes per RFC 4180', () => {
    const lines = csv.split('\r\n')
    expect(lines[0]).toBe('\uFEFFid,start,end,speaker,source,target,status,max_length,locale,kindframe_file')
    expect(lines[1]).toBe(
      'c1,00:00:01.000,00:00:02.500,Ana & Co,Hey, are you <okay>?,Hei, awak <okay>?,done,at most 3 lines of 32 characters,ms,kindframe:project=Kind%20Stories%3B%20S1;clip=clip-7'
        .replace('Hey, are you <okay>?', '"Hey, are you <okay>?"')
        .replace('Hei, awak <okay>?', '"Hei, awak <okay>?"')
    )
    expect(parseCsv(csv)[2].slice(4, 6)).toEqual(['Line one\nline "two" 🙂', 'Baris satu\nbaris "dua" 🙂'])
    expect(parseCsv('a,"b ""q"", c"\r\n,\n"x\r\ny",z')).toEqual([
      ['a', 'b "q", c'],
      ['', ''],
      ['x\r\ny', 'z']
    ])
  })

  it('round-trips and reports conflicts by row', () => {
    expect(importHandoff(csv, target)).toMatchObject({
      format: 'csv',
      conflicts: [],
      translations: { c1: { status: 'done' }, c2: { status: 'draft' } }
    })
    const edited =
      csv.replace(
        'c3,00:00:04.100,00:00:05.000,,Not yet translated,,missing',
        'c3,00:00:04.100,00:00:05.000,,Not yet translated,Belum,draft'
      ) + 'zz,,,,,text,draft,,ms,\r\n'
    const r = importHandoff(edited, target)
    expect(r.translations.c3).toEqual({
      text: 'Belum',
      status: 'draft',
      sourceFingerprint: cueFingerprint(track.cues[2])
    })
    expect(r.conflicts).toEqual([
      {
        kind: 'unknown-id',
        unitId: 'zz',
        line: 5,
        message: 'no cue "zz" in this clip (deleted since the export?); skipped'
      }
    ])
    expect(importHandoff('id,target\r\n"c1,oops', target).conflicts[0]).toMatchObject({ kind: 'malformed', line: 2 })
  })
})

describe('XML reader', () => {
  it('handles entities, CDATA, comments and namespaces; rejects malformed input with a line', () => {
    const el = parseXml('<?xml version="1.0"?>\n<!-- c -->\n<x:a b="1 &amp; 2"><![CDATA[<raw>]]>&#x1F642;<c/></x:a>')
    expect(el).toEqual({
      name: 'x:a',
      local: 'a',
      attrs: { b: '1 & 2' },
      children: ['<raw>', '🙂', { name: 'c', local: 'c', attrs: {}, children: [] }]
    })
    expect(() => parseXml('<a>\n<b></a>')).toThrow('line 2: expected </b>')
    expect(() => parseXml('<a>&nope;</a>')).toThrow('unknown entity "&nope;"')
  })
})
