import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { frameRgb, makeClip, makeImage } from '../../helpers/media'
import type { ExportResult } from '../../../src/main/services/export/export-clip'
import { DRAFT, exportOne, okResult, pixel, projectWith, tempDir, whiteBox } from './export-helpers'

const run = promisify(execFile)
const W = DRAFT.width
const H = DRAFT.height
const SAFE = DRAFT.safeZone // top 100, bottom 280, right 94 at 720×1280

/**
 * A blue 2 s clip, one cue from 0.5 s to 1.2 s, a red end card of 1 s joined with a 0.5 s fade:
 * output = 2 + 1 − 0.5 = 2.5 s. Two locales come out of one ffmpeg run.
 */
let paths: string[] = []
let results: ExportResult[] = []

beforeAll(async () => {
  const media = await makeClip({ width: 640, height: 360, durationS: 2, source: 'color', color: 'blue', toneDb: -30 })
  const photo = await makeImage(300, 200, 'lime')
  const project = projectWith(
    [
      {
        id: 'c1',
        title: 'One',
        media,
        fit: 'crop',
        creator: { name: 'Ana Lima', handle: 'ana', photo },
        track: {
          cues: [{ id: 'q1', startMs: 500, endMs: 1200, text: 'Be kind online' }],
          translations: { ms: { q1: { text: 'Berbaik hati dalam talian, selalu', status: 'done' } } }
        }
      }
    ],
    {
      endCard: {
        enabled: true,
        durationMs: 1000,
        background: { kind: 'color', color: '#FF0000' },
        transition: { kind: 'fade', durationMs: 500 }
      }
    }
  )
  const out = await exportOne(project, { outDir: tempDir(), locales: ['en', 'ms'] })
  results = out.outcomes.map(okResult)
  paths = out.paths
})

describe('subtitles are burned in only inside their cue, inside the safe zone', () => {
  it.each([
    [0.3, false],
    [0.6, true],
    [1.1, true],
    [1.35, false]
  ])('at %s s subtitle visible: %s', async (t, visible) => {
    const frame = await frameRgb(paths[0]!, t, W, H)
    expect(whiteBox(frame, W, H) !== null).toBe(visible)
  })

  it('the ink stays within the preset safe zone, and each locale shows its own text', async () => {
    const en = await frameRgb(paths[0]!, 0.8, W, H)
    const ms = await frameRgb(paths[1]!, 0.8, W, H)
    const a = whiteBox(en, W, H)!
    const b = whiteBox(ms, W, H)!
    for (const box of [a, b]) {
      expect(box.y0).toBeGreaterThanOrEqual(SAFE.top)
      expect(box.y1).toBeLessThanOrEqual(H - SAFE.bottom)
      expect(box.x1).toBeLessThanOrEqual(W - SAFE.right)
      expect(box.x0).toBeGreaterThanOrEqual(SAFE.left)
    }
    // The Malay line is longer: its ink is wider (or wraps taller) than the English one.
    expect((b.x1 - b.x0) * (b.y1 - b.y0)).toBeGreaterThan((a.x1 - a.x0) * (a.y1 - a.y0))
  })
})

describe('end card', () => {
  it('comes after the clip: blue during the clip, red card with the photo and name after the fade', async () => {
    const during = await frameRgb(paths[0]!, 1.0, W, H)
    const after = await frameRgb(paths[0]!, 2.3, W, H)
    const blue = pixel(during, W, 10, 10)
    const red = pixel(after, W, 10, 10)
    expect([blue.r < 40, blue.g < 40, blue.b > 200]).toEqual([true, true, true])
    expect([red.r > 200, red.g < 40, red.b < 40]).toEqual([true, true, true])
    // The photo (lime) sits centred near the top (photo-top layout), the name text below it.
    const centre = pixel(after, W, W / 2, Math.round(H * 0.15) + 100)
    expect(centre.g).toBeGreaterThan(200)
    expect(centre.r).toBeLessThan(60)
    expect(whiteBox(after, W, H, { x0: 0, y0: Math.round(H * 0.15) + 270, x1: W, y1: H })).not.toBeNull()
  })

  it('output duration is clip + card − transition, for both locales', async () => {
    for (const r of results) expect(r.durationMs).toBeCloseTo(2500, -1)
    expect(results[0]!.checks.every((c) => c.ok)).toBe(true)
  })
})

describe('loudness', () => {
  it('records input and output loudness; an independent ebur128 pass measures −14 ± 1 LUFS', async () => {
    const r = results[0]!.loudness
    expect(r.inputI).not.toBeNull()
    expect(r.inputI!).toBeLessThan(-30)
    expect(Math.abs(r.outputI! + 14)).toBeLessThanOrEqual(1)
    // ebur128 over the programme (the clip before the silent card starts to fade in).
    const { stderr } = await run('ffmpeg', [
      '-hide_banner',
      '-nostats',
      '-t',
      '1.5',
      '-i',
      paths[0]!,
      '-map',
      '0:a',
      '-af',
      'ebur128',
      '-f',
      'null',
      '-'
    ])
    const summary = stderr.slice(stderr.lastIndexOf('Summary:'))
    const integrated = Number(/I:\s+(-?[\d.]+) LUFS/.exec(summary)?.[1])
    expect(Math.abs(integrated + 14)).toBeLessThanOrEqual(1)
  })
})
