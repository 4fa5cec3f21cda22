import { describe, expect, it } from 'vitest'
import { buildAss } from '../../../src/shared/ass/build-ass'
import { captionLayout } from '../../../src/shared/ass/caption-layout'
import { assInputFor } from '../../../src/shared/export/ass-input'
import { PRESETS } from '../../../src/shared/export/presets'
import {
  captionChoiceFor,
  captionPresetByName,
  familyForLocale,
  resolveCaption
} from '../../../src/shared/captions/resolve-style'
import { CAPTION_PRESETS } from '../../../src/shared/captions/presets'
import { CAPTION_PRESET_NAMES } from '../../../src/shared/captions/style-schema'
import { parseProjectText } from '../../../src/shared/project/parse-project'
import { Project, PROJECT_VERSION, SafeZone, SubtitleStyle } from '../../../src/shared/project/schema'

const style = SubtitleStyle.parse({})
const safe = SafeZone.parse({})
const preset = PRESETS.find((p) => p.id === 'tiktok-9x16')!

function project(extra: Record<string, unknown> = {}, clipExtra: Record<string, unknown> = {}) {
  return Project.parse({
    kind: 'kindframe-project',
    version: PROJECT_VERSION,
    series: { title: 'S' },
    endCard: { enabled: false },
    ...extra,
    clips: [
      {
        id: 'c',
        title: 'c',
        media: 'c.mp4',
        ...clipExtra,
        track: {
          cues: [
            { id: 'a', startMs: 0, endMs: 1500, text: 'Be kind, always', words: [{ text: 'Be', fromMs: 0, toMs: 300 }] }
          ]
        }
      }
    ]
  })
}
const assFor = (p: Project) =>
  buildAss(assInputFor({ project: p, clip: p.clips[0]!, locale: 'en', preset, clipDurationMs: 2000 }))

describe('Classic stays byte-identical', () => {
  it('no caption choice, and Classic without options, give exactly the ASS of before', () => {
    const before = assFor(project())
    expect(before).toContain('Style: Default,Noto Sans,64,')
    expect(assFor(project({ caption: { preset: 'classic' } }))).toBe(before)
    expect(assFor(project({ caption: { preset: 'classic', options: {} } }))).toBe(before)
  })

  it('Classic with an override goes through the caption path from the project style', () => {
    const ass = assFor(project({ caption: { preset: 'classic', options: { uppercase: true } } }))
    expect(ass).toContain('Style: Caption,Noto Sans,64,&H00FFFFFF')
    expect(ass).toContain(',BE KIND, ALWAYS')
  })
})

describe('choosing a style', () => {
  it('the clip overrides the project', () => {
    const p = project({ caption: { preset: 'boxed' } }, { caption: { preset: 'highlight' } })
    expect(captionChoiceFor(p, p.clips[0])?.preset).toBe('highlight')
    expect(captionChoiceFor(p, { caption: undefined })?.preset).toBe('boxed')
    expect(assFor(p)).toContain('Style: Caption,Noto Sans Black,96,')
  })

  it('every preset validates and resolves', () => {
    for (const name of CAPTION_PRESET_NAMES) {
      const r = resolveCaption(
        { preset: name, options: name === 'classic' ? { uppercase: false } : undefined },
        style,
        1920
      )
      expect(r?.preset).toBe(name)
    }
    expect(Object.keys(CAPTION_PRESETS).sort()).toEqual(CAPTION_PRESET_NAMES.filter((n) => n !== 'classic').sort())
  })

  it('per-locale font fallback: the longest matching prefix wins', () => {
    const o = {
      ...CAPTION_PRESETS.boxed,
      fontFallback: { ja: 'Noto Sans CJK JP', 'zh-Hant': 'Noto Sans CJK TC', zh: 'Noto Sans CJK SC' }
    }
    expect(familyForLocale(o, 'ja-JP')).toBe('Noto Sans CJK JP')
    expect(familyForLocale(o, 'zh-Hant-TW')).toBe('Noto Sans CJK TC')
    expect(familyForLocale(o, 'zh-CN')).toBe('Noto Sans CJK SC')
    expect(familyForLocale(o, 'jv')).toBe('Noto Sans')
  })

  it('the weight selects the face: 900 → the Black family, 700 → Bold on', () => {
    const at = (fontWeight: 400 | 700 | 900, fontFamily = 'Noto Sans') =>
      captionLayout(
        resolveCaption({ preset: 'boxed', options: { fontWeight, fontFamily } }, style, 1920)!,
        safe,
        1080,
        1920,
        false,
        'en'
      ).text
    expect(at(900)).toMatchObject({ family: 'Noto Sans Black', bold: false })
    expect(at(700)).toMatchObject({ family: 'Noto Sans', bold: true })
    expect(at(400)).toMatchObject({ family: 'Noto Sans', bold: false })
    expect(at(900, 'Montserrat')).toMatchObject({ family: 'Montserrat', bold: true })
  })

  it('RTL mirrors start/end alignment', () => {
    const r = resolveCaption({ preset: 'boxed', options: { align: 'start' } }, style, 1920)!
    expect(captionLayout(r, safe, 1080, 1920, false, 'en').an).toBe(1)
    expect(captionLayout(r, safe, 1080, 1920, true, 'ar').an).toBe(3)
  })

  it('long cues are broken into balanced lines within maxCharsPerLine', () => {
    const ass = assFor(
      project({ caption: { preset: 'bold-outline', options: { maxCharsPerLine: 10, uppercase: false } } })
    )
    expect(ass).toMatch(/,Be kind,\\Nalways$/m)
  })
})

describe('bad input: clear, specific errors', () => {
  it('an unknown style name', () => {
    expect(() => captionPresetByName('tiktok')).toThrow(
      'unknown caption style "tiktok" (known: classic, boxed, bold-outline, highlight, speaker-colors)'
    )
    expect(captionPresetByName(' Highlight ')).toBe('highlight')
  })

  it('an invalid colour or option in a project file names the field', () => {
    const bad = (caption: unknown) => () =>
      parseProjectText(
        JSON.stringify({ kind: 'kindframe-project', version: PROJECT_VERSION, series: { title: 'S' }, caption }),
        'p.kindframe'
      )
    expect(bad({ preset: 'boxed', options: { textColor: 'red' } })).toThrow(
      /caption\.options\.textColor.*colour must be #RRGGBB/s
    )
    expect(bad({ preset: 'neon' })).toThrow(/caption\.preset.*unknown caption style/s)
    expect(bad({ preset: 'boxed', options: { glow: true } })).toThrow(/caption\.options/)
  })

  it('a version-2 project opens as version 3 with everything kept and the Classic look', () => {
    const v2 = {
      kind: 'kindframe-project',
      version: 2,
      series: { title: 'Old' },
      style: { fontSizePx: 70 },
      clips: [
        { id: 'c', title: 'c', media: 'c.mp4', track: { cues: [{ id: 'a', startMs: 0, endMs: 900, text: 'Hi' }] } }
      ]
    }
    const { project: p, notes } = parseProjectText(JSON.stringify(v2), 'old.kindframe')
    expect(p.version).toBe(3)
    expect(p.caption).toBeUndefined()
    expect(p.style.fontSizePx).toBe(70)
    expect(p.clips[0]!.track.cues[0]).toEqual({ id: 'a', startMs: 0, endMs: 900, text: 'Hi' })
    expect(notes).toEqual([
      'Upgraded from version 2 to 3: captions can have a style preset, word timings and short pages (your captions keep the Classic look)'
    ])
  })
})
