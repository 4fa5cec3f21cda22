import { describe, expect, it } from 'vitest'
import { parseVtt } from '../../../src/shared/subtitles/formats/vtt'
import { collectTimestamp } from '../../../src/shared/subtitles/formats/vtt/timestamp'
import {
  collectTimingsAndSettings,
  parseCueSettings,
  parseRegionSettings
} from '../../../src/shared/subtitles/formats/vtt/settings'
import { cueTextToRich, parseCueText } from '../../../src/shared/subtitles/formats/vtt/cue-text'
import { consumeCharRef } from '../../../src/shared/subtitles/formats/vtt/char-ref'

/*
 * Cases written from the W3C WebVTT specification's parsing sections (§ 6.1 file parsing, § 6.2 region
 * settings, § 6.3 cue timings and settings, § 6.4 cue text parsing rules), one `it` per rule, quoting the
 * step where it helps. They test the algorithm, not Kindframe's repairs.
 */

const cues = (text: string) => parseVtt(text).cues
const texts = (text: string) => cues(text).map((c) => c.text)
const CUE = '00:00.000 --> 00:01.000'

describe('§6.1 signature (steps 4–6)', () => {
  it.each([
    ['empty input', ''],
    ['fewer than six characters', 'WEBVT'],
    ['exactly six characters that are not WEBVTT', 'WEBVTX'],
    ['lower case', 'webvtt\n\n00:00.000 --> 00:01.000\nx'],
    ['leading space', ' WEBVTT\n\n00:00.000 --> 00:01.000\nx'],
    ['seventh character not space, tab or LF', 'WEBVTTX\n\n00:00.000 --> 00:01.000\nx'],
    ['seventh character a hyphen', 'WEBVTT-x\n\n00:00.000 --> 00:01.000\nx'],
    ['an SRT file', '1\n00:00:00,000 --> 00:00:01,000\nx\n']
  ])('%s: not a WebVTT file, no cues, reported on line 1', (_name, input) => {
    const r = parseVtt(input)
    expect(r.cues).toEqual([])
    expect(r.report.entries).toEqual([
      { line: 1, kind: 'dropped', message: expect.stringContaining('not a WebVTT file') }
    ])
  })

  it.each([
    ['exactly "WEBVTT"', 'WEBVTT'],
    ['"WEBVTT" and a line feed', 'WEBVTT\n'],
    ['"WEBVTT" and blank lines only', 'WEBVTT\n\n\n']
  ])('%s: processed, no cues, nothing to report', (_name, input) => {
    const r = parseVtt(input)
    expect(r.cues).toEqual([])
    expect(r.report.entries).toEqual([])
  })

  it('a space or a tab after WEBVTT starts header text, kept for writing back', () => {
    expect(parseVtt(`WEBVTT - Episode 1\n\n${CUE}\nx`).native?.vtt?.header).toBe(' - Episode 1')
    expect(parseVtt(`WEBVTT\tKind\n\n${CUE}\nx`).native?.vtt?.header).toBe('\tKind')
    expect(texts(`WEBVTT\tKind\n\n${CUE}\nx`)).toEqual(['x'])
  })

  it('a byte order mark before the signature is removed by UTF-8 decode', () => {
    expect(texts(`\uFEFFWEBVTT\n\n${CUE}\nhi`)).toEqual(['hi'])
  })
})

describe('§6.1 step 1: preprocessing', () => {
  it('NUL becomes U+FFFD', () => {
    expect(texts(`WEBVTT\n\n${CUE}\na\0b`)).toEqual(['a\uFFFDb'])
  })
  it('CRLF and lone CR are line feeds', () => {
    expect(texts(`WEBVTT\r\n\r\n${CUE}\r\none\r\ntwo\r\n\r\n00:02.000 --> 00:03.000\r\nthree`)).toEqual([
      'one\ntwo',
      'three'
    ])
    expect(texts(`WEBVTT\r\r${CUE}\rone\rtwo`)).toEqual(['one\ntwo'])
  })
})

describe('§6.1 header (steps 7–12)', () => {
  it('a cue right after the WEBVTT line, without a blank line, is still read', () => {
    const r = parseVtt(`WEBVTT\n${CUE}\nFirst`)
    expect(r.cues.map((c) => [c.startMs, c.endMs, c.text])).toEqual([[0, 1000, 'First']])
    expect(r.report.entries).toEqual([])
  })

  it('header lines before a cue without a blank line: the header block stops at the arrow line', () => {
    const r = parseVtt(`WEBVTT\nKind: captions\nLanguage: en\n${CUE}\nFirst`)
    expect(r.cues.map((c) => c.text)).toEqual(['First'])
    expect(r.native?.vtt?.headerLines).toEqual(['Kind: captions', 'Language: en'])
  })

  it('a line before the arrow line in the header is header text, not the cue identifier', () => {
    const r = parseVtt(`WEBVTT\nintro\n${CUE}\nFirst`)
    expect(r.cues).toHaveLength(1)
    expect(r.cues[0].id).not.toBe('intro')
  })

  it('after a blank line, the line before the arrow is the identifier', () => {
    expect(cues(`WEBVTT\n\n\n\nintro\n${CUE}\nFirst`)[0].id).toBe('intro')
  })
})

describe('§6.1 collect a WebVTT block', () => {
  it('cue text runs until a blank line', () => {
    expect(texts(`WEBVTT\n\n${CUE}\none\ntwo\n\nnot part of it`)).toEqual(['one\ntwo'])
  })

  it('a line with "-->" ends the cue text, and starts the next cue', () => {
    expect(texts(`WEBVTT\n\n${CUE}\nA\n00:02.000 --> 00:03.000\nB`)).toEqual(['A', 'B'])
  })

  it('an arrow on line 2 after a timing line (seen arrow) starts a new block: the first cue is empty', () => {
    const r = cues(`WEBVTT\n\n${CUE}\n00:02.000 --> 00:03.000\nB`)
    expect(r.map((c) => [c.startMs, c.text])).toEqual([
      [0, ''],
      [2000, 'B']
    ])
  })

  it('an arrow on line 3 of a block: the lines before it are dropped, the arrow line starts a cue without identifier', () => {
    const r = parseVtt(`WEBVTT\n\nid\nextra\n${CUE}\nText`)
    expect(r.cues.map((c) => [c.text, c.id === 'id'])).toEqual([['Text', false]])
    expect(r.report.entries).toEqual([
      { line: 3, kind: 'dropped', message: 'block without a timing line ignored: "id"' }
    ])
  })

  it('a cue whose timing line fails is dropped alone, reported, its text kept for the lint', () => {
    const r = parseVtt(`WEBVTT\n\n00:00:01,000 --> 00:00:02,000\nYou idiot\n\n00:03.000 --> 00:04.000\nfine`)
    expect(r.cues.map((c) => c.text)).toEqual(['fine'])
    expect(r.report.entries[0]).toMatchObject({ line: 3, kind: 'dropped' })
    expect(r.report.entries[0].message).toContain('comma before the milliseconds')
    expect(r.dropped).toEqual([{ line: 3, text: 'You idiot' }])
  })

  it('the identifier is the line before the arrow line, whatever it holds (but not "-->")', () => {
    expect(cues(`WEBVTT\n\n🙂 one two\n${CUE}\nx`)[0].id).toBe('🙂 one two')
  })

  it('NOTE blocks are comments: no cue, kept for writing back before the next cue', () => {
    const r = parseVtt(`WEBVTT\n\nNOTE a comment\nover two lines\n\n${CUE}\nx\n\nNOTE\nat the end`)
    expect(r.cues.map((c) => c.text)).toEqual(['x'])
    expect(r.cues[0].native?.notes).toEqual([' a comment\nover two lines'])
    expect(r.native?.vtt?.trailingNotes).toEqual(['\nat the end'])
    expect(r.report.entries).toEqual([])
  })

  it('"NOTE" followed by an arrow line on line 2 is a cue whose identifier is "NOTE" (the algorithm does not special-case NOTE)', () => {
    const r = cues(`WEBVTT\n\nNOTE\n${CUE}\ntext`)
    expect(r.map((c) => [c.id, c.text])).toEqual([['NOTE', 'text']])
  })

  it('STYLE blocks before any cue are style sheets, kept verbatim', () => {
    const r = parseVtt(`WEBVTT\n\nSTYLE\n::cue { color: lime }\n\nSTYLE   \n::cue(b) { color: red }\n\n${CUE}\nx`)
    expect(r.native?.vtt?.styles).toEqual(['::cue { color: lime }', '::cue(b) { color: red }'])
    expect(r.cues).toHaveLength(1)
  })

  it('"STYLE" with other text on its line is not a style block', () => {
    const r = parseVtt(`WEBVTT\n\nSTYLE sheet\n::cue { color: lime }\n\n${CUE}\nx`)
    expect(r.native?.vtt?.styles).toBeUndefined()
    expect(r.report.entries.map((e) => e.kind)).toEqual(['dropped'])
  })

  it('STYLE after the first cue is ignored (seen cue), and reported', () => {
    const r = parseVtt(`WEBVTT\n\n${CUE}\nx\n\nSTYLE\n::cue { color: lime }`)
    expect(r.native?.vtt?.styles).toBeUndefined()
    expect(r.report.entries).toEqual([
      {
        line: 6,
        kind: 'dropped',
        message: 'STYLE block after the first cue ignored (WebVTT allows them only before cues)'
      }
    ])
  })

  it('"STYLE" followed by an arrow line is a cue with identifier "STYLE"', () => {
    expect(cues(`WEBVTT\n\nSTYLE\n${CUE}\nx`).map((c) => c.id)).toEqual(['STYLE'])
  })

  it('REGION blocks define regions that cues refer to by id', () => {
    const r = parseVtt(
      `WEBVTT\n\nREGION\nid:fred width:40% lines:3\nregionanchor:0%,100% viewportanchor:10%,90% scroll:up\n\n${CUE} region:fred\nx`
    )
    expect(r.native?.vtt?.regions).toEqual([
      { id: 'fred', width: 40, lines: 3, regionAnchor: [0, 100], viewportAnchor: [10, 90], scroll: 'up' }
    ])
    expect(r.cues[0].native?.vtt).toEqual({ region: 'fred' })
  })

  it('REGION after the first cue is ignored', () => {
    const r = parseVtt(`WEBVTT\n\n${CUE}\nx\n\nREGION\nid:late`)
    expect(r.native?.vtt?.regions).toBeUndefined()
    expect(r.report.entries[0].message).toContain('REGION block after the first cue ignored')
  })

  it('blank lines between blocks are skipped, however many', () => {
    expect(texts(`WEBVTT\n\n\n\n${CUE}\na\n\n\n\n\n00:02.000 --> 00:03.000\nb\n\n\n`)).toEqual(['a', 'b'])
  })

  it('a cue that ends before it starts is accepted by the algorithm; the model cannot hold it, so it is reported and kept for the lint', () => {
    const r = parseVtt('WEBVTT\n\n00:05.000 --> 00:04.000\nYou are stupid, kill yourself')
    expect(r.cues).toEqual([])
    expect(r.report.entries[0]).toMatchObject({ line: 3, kind: 'dropped' })
    expect(r.dropped).toEqual([{ line: 3, text: 'You are stupid, kill yourself', startMs: 5000, endMs: 4000 }])
  })
})

describe('§6.3 collect a WebVTT timestamp', () => {
  it.each([
    ['00:00.000', 0],
    ['00:01.500', 1500],
    ['59:59.999', 3_599_999],
    ['00:00:00.000', 0],
    ['01:02:03.004', 3_723_004],
    ['1:00:00.000', 3_600_000],
    ['000:00:01.000', 1000],
    ['100:00:00.000', 360_000_000]
  ])('%s = %d ms', (s, ms) => {
    expect(collectTimestamp(s, 0)).toEqual({ ms, end: s.length })
  })

  it.each([
    ['60:00.000', 'a first field above 59 means hours, so two more fields must follow'],
    ['0:00.000', 'a one-digit first field means hours'],
    ['00:60.000', 'seconds above 59'],
    ['00:00:60.000', 'seconds above 59'],
    ['00:60:00.000', 'minutes above 59'],
    ['00:0:00.000', 'minutes must be exactly two digits'],
    ['00:00:0.000', 'seconds must be exactly two digits'],
    ['00:00.00', 'fraction must be exactly three digits'],
    ['00:00.0000', 'fraction must be exactly three digits'],
    ['00:00,000', 'a comma is not a full stop'],
    ['00:00', 'no fraction'],
    ['-00:00.000', 'not a digit first'],
    [' 00:00.000', 'no whitespace skipping inside the timestamp algorithm'],
    ['', 'empty']
  ])('%s fails: %s', (s) => {
    expect(collectTimestamp(s, 0)).toBeNull()
  })

  it('stops after the fraction (the caller decides about what follows)', () => {
    expect(collectTimestamp('00:01.000abc', 0)).toEqual({ ms: 1000, end: 9 })
  })
})

describe('§6.3 collect WebVTT cue timings and settings', () => {
  it.each([
    ['00:00.000 --> 00:01.000', 0, 1000],
    ['00:00.000-->00:01.000', 0, 1000],
    ['  00:00.000 \t-->\t 00:01.000', 0, 1000],
    ['00:00:05.000 --> 00:00:07.500 align:start', 5000, 7500]
  ])('%s', (line, start, end) => {
    expect(collectTimingsAndSettings(line, [])).toMatchObject({ startMs: start, endMs: end })
  })

  it.each([
    '00:00.000 -- > 00:01.000',
    '00:00.000 --> ',
    '00:00.000 ==> 00:01.000',
    'x 00:00.000 --> 00:01.000',
    '00:00.000 -> 00:01.000',
    '00:00.000 --> 00:01'
  ])('fails: %s', (line) => {
    expect(collectTimingsAndSettings(line, [])).toBeNull()
  })
})

describe('§6.3 parse the WebVTT cue settings', () => {
  const s = (input: string) => parseCueSettings(input, [])
  it.each([
    ['line:0', { line: 0 }],
    ['line:-1', { line: -1 }],
    ['line:1.5', { line: 1.5 }],
    ['line:-1.5', { line: -1.5 }],
    ['line:50%', { line: 50, snapToLines: false }],
    ['line:50.5%,center', { line: 50.5, snapToLines: false, lineAlign: 'center' }],
    ['line:0,start', { line: 0, lineAlign: 'start' }],
    ['line:100%,end', { line: 100, snapToLines: false, lineAlign: 'end' }],
    ['position:10%', { position: 10 }],
    ['position:0%,line-left', { position: 0, positionAlign: 'line-left' }],
    ['position:100%,line-right', { position: 100, positionAlign: 'line-right' }],
    ['position:50%,center', { position: 50, positionAlign: 'center' }],
    ['size:50%', { size: 50 }],
    ['align:start', { align: 'start' }],
    ['align:center', { align: 'center' }],
    ['align:end', { align: 'end' }],
    ['align:left', { align: 'left' }],
    ['align:right', { align: 'right' }],
    ['vertical:rl', { vertical: 'rl' }],
    ['vertical:lr', { vertical: 'lr' }],
    ['align:left align:right', { align: 'right' }],
    ['line:0   \t size:80%', { line: 0, size: 80 }]
  ])('%s', (input, expected) => {
    expect(s(input)).toEqual({ settings: expected, ignored: [] })
  })

  it.each([
    ['line', 'no colon'],
    [':0', 'colon first'],
    ['line:', 'colon last'],
    ['line:abc', 'no digit'],
    ['line:.5', 'dot first'],
    ['line:5.', 'dot last'],
    ['line:1.2.3', 'two dots'],
    ['line:--1', 'hyphen not first'],
    ['line:1-', 'hyphen not first'],
    ['line:1e3', 'other characters'],
    ['line:101%', 'percentage above 100'],
    ['line:-5%', 'negative percentage'],
    ['line:5%,middle', 'unknown line alignment'],
    ['position:10', 'position without %'],
    ['position:10%,start', 'old position alignment keywords are not valid'],
    ['position:100.5%', 'above 100'],
    ['position:.5%', 'percentage syntax: digits first'],
    ['size:101%', 'above 100'],
    ['size:50', 'size without %'],
    ['align:middle', 'old keyword'],
    ['Align:left', 'names are case-sensitive'],
    ['vertical:up', 'unknown direction'],
    ['region:nowhere', 'no such region'],
    ['colour:red', 'unknown setting']
  ])('ignores %s (%s)', (input) => {
    expect(s(input)).toEqual({ settings: {}, ignored: [input] })
  })

  it('an invalid setting leaves earlier values alone', () => {
    expect(s('line:10% line:abc').settings).toEqual({ line: 10, snapToLines: false })
  })

  it('region: the LAST region with that id; line, size ≠ 100 or vertical drop the cue out of it', () => {
    const regions = [
      {
        id: 'r',
        width: 50,
        lines: 3,
        regionAnchor: [0, 100] as [number, number],
        viewportAnchor: [0, 100] as [number, number],
        scroll: 'none' as const
      },
      {
        id: 'r',
        width: 80,
        lines: 2,
        regionAnchor: [0, 100] as [number, number],
        viewportAnchor: [0, 100] as [number, number],
        scroll: 'none' as const
      }
    ]
    expect(parseCueSettings('region:r', regions).settings).toEqual({ region: 'r' })
    expect(parseCueSettings('region:r line:0', regions).settings).toEqual({ line: 0 })
    expect(parseCueSettings('region:r size:50%', regions).settings).toEqual({ size: 50 })
    expect(parseCueSettings('region:r size:100%', regions).settings).toEqual({ region: 'r', size: 100 })
    expect(parseCueSettings('region:r vertical:lr', regions).settings).toEqual({ vertical: 'lr' })
  })

  it('settings reach the parsed cue, together with the placement they mean', () => {
    const [c] = cues(`WEBVTT\n\n${CUE} line:0 align:start position:10% size:80%\nx`)
    expect(c.native?.vtt).toEqual({ line: 0, align: 'start', position: 10, size: 80 })
    expect(c.place).toEqual({ an: 7 })
  })

  it('ignored settings are reported with the line number', () => {
    const r = parseVtt(`WEBVTT\n\n${CUE} align:middle line:0\nx`)
    expect(r.cues[0].native?.vtt).toEqual({ line: 0 })
    expect(r.report.entries).toEqual([
      { line: 3, kind: 'dropped', message: 'cue setting "align:middle" ignored (not valid WebVTT)' }
    ])
  })
})

describe('§6.2 region settings', () => {
  it('defaults: width 100, lines 3, anchors (0,100), no scroll', () => {
    expect(parseRegionSettings('id:a').region).toEqual({
      id: 'a',
      width: 100,
      lines: 3,
      regionAnchor: [0, 100],
      viewportAnchor: [0, 100],
      scroll: 'none'
    })
  })
  it.each([
    'width:101%',
    'width:40',
    'lines:-1',
    'lines:2.5',
    'lines:abc',
    'regionanchor:0%',
    'regionanchor:0%,x%',
    'viewportanchor:110%,0%',
    'scroll:down',
    'Id:x'
  ])('ignores %s', (setting) => {
    const r = parseRegionSettings(`id:a ${setting}`)
    expect(r.region).toEqual({
      id: 'a',
      width: 100,
      lines: 3,
      regionAnchor: [0, 100],
      viewportAnchor: [0, 100],
      scroll: 'none'
    })
    expect(r.ignored).toEqual([setting])
  })
  it('settings may span lines (split on any ASCII whitespace)', () => {
    expect(parseRegionSettings('id:a\nwidth:20%\tlines:0').region).toMatchObject({ id: 'a', width: 20, lines: 0 })
  })
})

describe('§6.4 consume an HTML character reference', () => {
  it.each([
    ['&amp;', '&', 5],
    ['&lt;', '<', 4],
    ['&gt;', '>', 4],
    ['&nbsp;', '\u00A0', 6],
    ['&lrm;', '\u200E', 5],
    ['&rlm;', '\u200F', 5],
    ['&quot;', '"', 6],
    ['&copy;', '©', 6],
    ['&notin;', '∉', 7],
    ['&amp', '&', 4],
    ['&notit;', '¬', 4],
    ['&#39;', "'", 5],
    ['&#x41;', 'A', 6],
    ['&#X41', 'A', 5],
    ['&#0;', '\uFFFD', 4],
    ['&#x80;', '€', 6],
    ['&#x9F;', 'Ÿ', 6],
    ['&#xD800;', '\uFFFD', 8],
    ['&#x110000;', '\uFFFD', 10],
    ['&#128512;', '😀', 9]
  ])('%s → %j', (input, text, end) => {
    expect(consumeCharRef(input, 0)).toEqual({ text, end })
  })
  it.each(['&', '& x', '&<', '&&', '&#;', '&#x;', '&nosuch;', '&;'])('%j is not a reference', (input) => {
    expect(consumeCharRef(input, 0)).toBeNull()
  })
  it('">" is the additional allowed character inside a tag annotation', () => {
    expect(consumeCharRef('&>', 0, '>')).toBeNull()
  })
})

describe('§6.4 cue text parsing rules', () => {
  const rich = (s: string) => cueTextToRich(s)

  it('references decode in text; unknown ones stay as typed', () => {
    expect(rich('Fish &amp; chips &lt;3 &nosuch; &#x1F600;').text).toBe('Fish & chips <3 &nosuch; 😀')
  })

  it('<i> <b> <u> become italic, bold and underline', () => {
    expect(rich('<i>a</i><b>b</b><u>c</u>')).toEqual({
      text: 'abc',
      marks: [
        { from: 0, to: 1, kind: 'italic' },
        { from: 1, to: 2, kind: 'bold' },
        { from: 2, to: 3, kind: 'underline' }
      ]
    })
  })

  it('an end tag only closes the CURRENT node when it matches; otherwise it is ignored', () => {
    expect(rich('<i>a<b>b</i>c</b>d').marks).toEqual([
      { from: 0, to: 4, kind: 'italic' },
      { from: 1, to: 3, kind: 'bold' }
    ])
  })

  it('unclosed tags run to the end of the cue', () => {
    expect(rich('<i>unclosed').marks).toEqual([{ from: 0, to: 8, kind: 'italic' }])
  })

  it('<v> over the whole cue is the speaker; annotations collapse whitespace and decode references', () => {
    expect(rich('<v   Ana   Lopez  >Hello')).toEqual({ text: 'Hello', speaker: 'Ana Lopez' })
    expect(rich('<v Bob &amp; Ann>Hi</v>')).toEqual({ text: 'Hi', speaker: 'Bob & Ann' })
    expect(rich('<v Bob>Hi</v>')).toEqual({ text: 'Hi', speaker: 'Bob' })
  })

  it('several voices in one cue stay voice marks', () => {
    expect(rich('<v Bob>Hi</v> <v Ann>Yo</v>').marks).toEqual([
      { from: 0, to: 2, kind: 'voice', value: 'Bob' },
      { from: 3, to: 5, kind: 'voice', value: 'Ann' }
    ])
  })

  it('<c> with a default colour class is a colour; other classes are kept', () => {
    expect(rich('<c.yellow.bg_blue>x</c>').marks).toEqual([
      { from: 0, to: 1, kind: 'class', value: 'bg_blue' },
      { from: 0, to: 1, kind: 'color', value: '#FFFF00' }
    ])
    expect(rich('<c.loud>x</c>').marks).toEqual([{ from: 0, to: 1, kind: 'class', value: 'loud' }])
  })

  it('empty class names are excluded ("<i.>")', () => {
    expect(rich('<i.>x</i>').marks).toEqual([{ from: 0, to: 1, kind: 'italic' }])
    expect(rich('<i.a..b>x</i>').marks).toEqual([{ from: 0, to: 1, kind: 'italic', classes: ['a', 'b'] }])
  })

  it('<lang> keeps its tag', () => {
    expect(rich('<lang pt-BR>olá</lang>').marks).toEqual([{ from: 0, to: 3, kind: 'lang', value: 'pt-BR' }])
  })

  it('<ruby> base text with <rt> annotation; </ruby> closes from inside <rt>', () => {
    expect(rich('<ruby>漢<rt>kan</rt>字<rt>ji</ruby>!')).toEqual({
      text: '漢字!',
      marks: [
        { from: 0, to: 1, kind: 'ruby', value: 'kan' },
        { from: 1, to: 2, kind: 'ruby', value: 'ji' }
      ]
    })
  })

  it('<rt> outside <ruby> is ignored (its text stays)', () => {
    expect(rich('a<rt>b</rt>c')).toEqual({ text: 'abc', ignored: ['rt'] })
  })

  it('timestamp tags are kept only when the whole value is a timestamp', () => {
    expect(rich('a<00:00:01.000>b<00:02.000>c<00:01.0>d').marks).toEqual([
      { from: 1, to: 1, kind: 'time', value: '1000' },
      { from: 2, to: 2, kind: 'time', value: '2000' }
    ])
  })

  it('unknown tags are ignored, their text kept, and noted for the report', () => {
    expect(rich('<foo>x</foo><>y</>')).toEqual({ text: 'xy', ignored: ['foo', ''] })
  })

  it('"<" starts a tag even before a space: "a < b" keeps only "a " (the rest is a nameless tag)', () => {
    expect(rich('a < b').text).toBe('a ')
  })

  it('a line feed inside a start tag starts its annotation (which only <v> and <lang> use)', () => {
    expect(parseCueText('<b\nfoo>x</b>')).toEqual([
      { kind: 'b', classes: [], children: [{ kind: 'text', value: 'x' }] }
    ])
    expect(cueTextToRich('<v\nAna>x').speaker).toBe('Ana')
  })

  it('tag names are case-sensitive: <I> is not italic', () => {
    expect(rich('<I>x</I>')).toEqual({ text: 'x', ignored: ['I'] })
  })

  it('markup reaches the parsed cue as marks and a speaker', () => {
    const [c] = cues(`WEBVTT\n\n${CUE}\n<v Ana><i>Hey</i>, &amp; you?`)
    expect(c).toMatchObject({ text: 'Hey, & you?', speaker: 'Ana', marks: [{ from: 0, to: 3, kind: 'italic' }] })
  })
})
