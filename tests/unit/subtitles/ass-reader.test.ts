import { describe, expect, it } from 'vitest'
import { parseAss, serializeAss } from '../../../src/shared/subtitles/formats/ass'
import { parseAssTime } from '../../../src/shared/subtitles/formats/ass-time'

const HEADER = (
  extraInfo = '',
  styles = 'Style: Default,Arial,20,&H00FFFFFF,&H000000FF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,2,0,2,10,10,10,1'
) =>
  `[Script Info]\nScriptType: v4.00+\nPlayResX: 1000\nPlayResY: 500\n${extraInfo}\n[V4+ Styles]\nFormat: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding\n${styles}\n\n[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n`
const one = (text: string, info = '') =>
  parseAss(`${HEADER(info)}Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,${text}\n`)

describe('ASS times: strict H:MM:SS.CC, every repair reported', () => {
  it.each([
    ['0:00:04.56', 4560, []],
    ['10:00:00.00', 36_000_000, []],
    ['00:00:04.56', 4560, []],
    ['0:00:04:56', 4560, ['repaired: start time "0:00:04:56": colon before the centiseconds read as "." = 4.56 s']],
    ['0:00:04,56', 4560, ['repaired: start time "0:00:04,56": "," read as "." = 4.56 s']],
    ['0:0:4.56', 4560, ['repaired: start time "0:0:4.56": one-digit minutes or seconds read as two = 4.56 s']],
    [
      '0:00:04.5',
      4500,
      ['guessed: start time "0:00:04.5": 1-digit fraction read as 500 ms (libass would read 50 ms) = 4.50 s']
    ],
    ['0:00:04.567', 4567, ['repaired: start time "0:00:04.567": 3-digit fraction read as 567 ms = 4.567 s']],
    ['0:00:04', 4000, ['repaired: start time "0:00:04" has no centiseconds; read as .00 = 4.00 s']],
    ['0:00:75.00', 75_000, ['guessed: start time "0:00:75.00": seconds above 59 carried over = 75.00 s']]
  ])('%s = %d ms', (raw, ms, fixes) => {
    const r = parseAssTime(raw, 'start')
    expect(r).toMatchObject({ ms })
    expect(typeof r === 'string' ? r : r.fixes.map((f) => `${f.kind}: ${f.message}`)).toEqual(fixes)
  })

  it.each(['', 'abc', '0:00', '0:00:04.5x', '1.5'])('%j is refused', (raw) => {
    expect(typeof parseAssTime(raw, 'start')).toBe('string')
  })

  it('a Dialogue with an unreadable time is dropped alone, with its line and text', () => {
    const r = parseAss(
      `${HEADER()}Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,ok\nDialogue: 0,soon,0:00:04.00,Default,,0,0,0,,{\\i1}You idiot\nDialogue: 0,0:00:04:56,0:00:05.00,Default,,0,0,0,,fixed\n`
    )
    expect(r.cues.map((c) => [c.startMs, c.text])).toEqual([
      [1000, 'ok'],
      [4560, 'fixed']
    ])
    expect(r.report.entries.map((e) => `${e.line} ${e.kind}: ${e.message}`)).toEqual([
      '13 dropped: cue dropped: start time "soon" is not an ASS time (H:MM:SS.CC)',
      '14 repaired: start time "0:00:04:56": colon before the centiseconds read as "." = 4.56 s'
    ])
    expect(r.dropped).toEqual([{ line: 13, text: 'You idiot' }])
  })
})

describe('override tags → the model', () => {
  it('\\i \\b \\u \\s toggles, a missing value returns to the style', () => {
    expect(one('{\\i1}a{\\i0}b{\\b1}c{\\b}d{\\u1}e{\\u0}{\\s1}f').cues[0]).toMatchObject({
      text: 'abcdef',
      marks: [
        { from: 0, to: 1, kind: 'italic' },
        { from: 2, to: 3, kind: 'bold' },
        { from: 4, to: 5, kind: 'underline' },
        { from: 5, to: 6, kind: 'strike' }
      ]
    })
  })

  it('\\b with a weight: 600 and more is bold', () => {
    expect(one('{\\b700}a{\\b400}b').cues[0].marks).toEqual([{ from: 0, to: 1, kind: 'bold' }])
  })

  it('\\c and \\1c are the text colour (BGR); back to the style colour ends the mark', () => {
    expect(one('{\\c&H0000FF&}red{\\1c&HFF0000&}blue{\\c&HFFFFFF&}white').cues[0].marks).toEqual([
      { from: 0, to: 3, kind: 'color', value: '#FF0000' },
      { from: 3, to: 7, kind: 'color', value: '#0000FF' }
    ])
  })

  it('\\r resets to the style; \\rName to another style', () => {
    const r = parseAss(
      `${HEADER('', 'Style: Default,Arial,20,&H00FFFFFF,&H000000FF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,2,0,2,10,10,10,1\nStyle: Em,Arial,20,&H00FFFFFF,&H000000FF,&H00000000,&H00000000,0,-1,0,0,100,100,0,0,1,2,0,2,10,10,10,1')}Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,{\\b1\\i1}a{\\r}b{\\rEm}c\n`
    )
    expect(r.cues[0].marks).toEqual([
      { from: 0, to: 1, kind: 'bold' },
      { from: 0, to: 1, kind: 'italic' },
      { from: 2, to: 3, kind: 'italic' }
    ])
  })

  it('\\an, legacy \\a and \\pos (in PlayRes) give the placement; the first \\an and the first \\pos win', () => {
    expect(one('{\\an8}top').cues[0].place).toEqual({ an: 8 })
    expect(one('{\\a5}legacy top-left').cues[0].place).toEqual({ an: 7 })
    expect(one('{\\an7\\pos(100,50)}x{\\an3\\pos(1,1)}').cues[0].place).toEqual({ an: 7, x: 10, y: 10 })
    expect(one('{\\pos(500,250)}centre').cues[0].place).toEqual({ an: 2, x: 50, y: 50 })
  })

  it('without PlayRes, positions are in the 384×288 frame (libass and VSFilter default)', () => {
    const r = parseAss(
      '[Script Info]\nScriptType: v4.00+\n\n[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\nDialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,{\\pos(192,144)}x\n'
    )
    expect(r.cues[0].place).toEqual({ an: 2, x: 50, y: 50 })
  })

  it('tags with no meaning here are kept verbatim where they were (for writing ASS back); karaoke becomes word timings', () => {
    expect(one('{\\fad(200,300)\\blur2}Hello {\\k50}wor{\\move(1,2,3,4)}ld{comment}').cues[0]).toMatchObject({
      text: 'Hello world',
      // "Hello" has no syllable of its own (0 cs): it shares the first \\k with "world".
      words: [
        { text: 'Hello', fromMs: 0, toMs: 500 },
        { text: 'world', fromMs: 500, toMs: 1000 }
      ],
      marks: [
        { from: 0, to: 0, kind: 'ass', value: '{\\fad(200,300)\\blur2}' },
        { from: 9, to: 9, kind: 'ass', value: '{\\move(1,2,3,4)}' },
        { from: 11, to: 11, kind: 'ass', value: '{comment}' }
      ]
    })
  })

  it('\\t(…) animations keep their inner backslashes', () => {
    expect(one('{\\t(0,500,\\fscx120\\fscy120)\\i1}x').cues[0].marks).toEqual([
      { from: 0, to: 0, kind: 'ass', value: '{\\t(0,500,\\fscx120\\fscy120)}' },
      { from: 0, to: 1, kind: 'italic' }
    ])
  })

  it('\\N breaks, \\h is a no-break space, \\n breaks only with WrapStyle 2 (a space otherwise, reported)', () => {
    expect(one('a\\Nb\\hc').cues[0].text).toBe('a\nb\u00a0c')
    const soft = one('soft\\nbreak', 'WrapStyle: 0')
    expect(soft.cues[0].text).toBe('soft break')
    expect(soft.report.entries).toEqual([
      { line: 12, kind: 'guessed', message: 'soft line break \\n read as a space (WrapStyle is not 2)' }
    ])
    expect(one('soft\\nbreak', 'WrapStyle: 2').cues[0].text).toBe('soft\nbreak')
  })

  it('an unclosed brace is text', () => {
    expect(one('a { b').cues[0].text).toBe('a { b')
  })

  it("the event's style counts: an italic style gives italic cues, its alignment their placement", () => {
    const r = parseAss(
      `${HEADER('', 'Style: Default,Arial,20,&H00FFFFFF,&H000000FF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,2,0,2,10,10,10,1\nStyle: Voice,Arial,20,&H00FFFFFF,&H000000FF,&H00000000,&H00000000,0,-1,0,0,100,100,0,0,1,2,0,8,10,10,10,1')}Dialogue: 0,0:00:01.00,0:00:02.00,Voice,,0,0,0,,Off-screen {\\i0}me\n`
    )
    expect(r.cues[0]).toMatchObject({
      text: 'Off-screen me',
      marks: [{ from: 0, to: 11, kind: 'italic' }],
      place: { an: 8 },
      native: { ass: { style: 'Voice' } }
    })
    // Written back relative to its style: no \i1 or \an8 needed, only the \i0.
    expect(serializeAss(r.cues, { native: r.native })).toContain(',Voice,,0,0,0,,Off-screen {\\i0}me')
  })

  it('an unknown style falls back to Default, reported once', () => {
    const r = parseAss(
      `${HEADER()}Dialogue: 0,0:00:01.00,0:00:02.00,Nope,,0,0,0,,a\nDialogue: 0,0:00:03.00,0:00:04.00,Nope,,0,0,0,,b\n`
    )
    expect(r.cues.map((c) => c.text)).toEqual(['a', 'b'])
    expect(r.report.entries).toEqual([
      { line: 12, kind: 'guessed', message: 'style "Nope" is not defined; Default used (as libass does)' }
    ])
  })
})

describe('script structure', () => {
  it('the Events Format line decides the field order', () => {
    const r = parseAss('[Events]\nFormat: Start, End, Text\nDialogue: 0:00:01.00,0:00:02.00,Hello, world\n')
    expect(r.cues).toEqual([{ id: 'c1', startMs: 1000, endMs: 2000, text: 'Hello, world' }])
  })

  it('layer, margins and effect are kept per cue and written back', () => {
    const r = parseAss(`${HEADER()}Dialogue: 3,0:00:01.00,0:00:02.00,Default,Ana,10,20,30,Scroll up;0;100,x\n`)
    expect(r.cues[0]).toMatchObject({
      speaker: 'Ana',
      native: { ass: { layer: 3, marginL: 10, marginR: 20, marginV: 30, effect: 'Scroll up;0;100' } }
    })
    expect(serializeAss(r.cues, { native: r.native })).toContain(
      'Dialogue: 3,0:00:01.00,0:00:02.00,Default,Ana,10,20,30,Scroll up;0;100,x'
    )
  })

  it('comments, other event types and other sections are reported as not kept', () => {
    const r = parseAss(
      `${HEADER()}Comment: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,note\nDialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,x\nSound: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,a.wav\n\n[Fonts]\nfontname: x.ttf\n`
    )
    expect(r.report.entries.map((e) => `${e.line} ${e.kind}: ${e.message}`)).toEqual([
      '12 dropped: 1 Comment event not kept (they are not shown; lines 12)',
      '14 dropped: Sound event not kept (only Dialogue events are cues)',
      '16 dropped: section [Fonts] not kept'
    ])
  })

  it('SSA v4: Marked= events, legacy alignment in styles', () => {
    const r = parseAss(
      '[Script Info]\nScriptType: v4.00\n\n[V4 Styles]\nFormat: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, TertiaryColour, BackColour, Bold, Italic, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, AlphaLevel, Encoding\nStyle: Top,Arial,20,16777215,65535,65535,0,0,0,1,2,0,6,10,10,10,0,0\n\n[Events]\nFormat: Marked, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\nDialogue: Marked=0,0:00:01.00,0:00:02.00,Top,,0000,0000,0000,,Hi\n'
    )
    expect(r.cues).toEqual([{ id: 'c1', startMs: 1000, endMs: 2000, text: 'Hi', place: { an: 8 } }])
  })

  it('not a script at all', () => {
    const r = parseAss('hello world\n')
    expect(r.cues).toEqual([])
    expect(r.report.entries).toEqual([
      { line: 0, kind: 'dropped', message: 'no [Script Info], styles or Dialogue lines found: not an ASS/SSA script' }
    ])
  })
})
