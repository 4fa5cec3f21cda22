/**
 * npm run bench:subtitles — subtitle core speed against its targets, on generated 10,000-cue files
 * (in memory, realistic text: mixed lengths, some two-line cues, emoji, some italics and \an8 / WebVTT
 * settings / ASS override tags, a few problems for QC to find):
 *   parse ASS < 50 ms, parse SRT < 30 ms, parse WebVTT < 30 ms, all QC rules < 50 ms.
 * Serialize is printed too (no target).
 * Each step runs several times after three warm-up runs; the medians of wall time AND of process CPU time are
 * reported: on the shared 2-core machine the load average is often far above 2, which inflates wall
 * time several-fold, so the verdict uses CPU time (what the code costs) and prints the load.
 * Ratios against baselines measured in the same run make numbers comparable across machines and loads:
 * "× split" is the reader's cost over just splitting the same file into lines and testing each line
 * against one regular expression (the floor any line reader pays); for ASS, "× ass-compiler" compares
 * with the library the ASS reader used before (no line numbers, no report, formatting stripped).
 * The track is realistic (cues mostly within limits; every 40th line too long, every 50th overlapping);
 * a worst case where 3 of 8 cues need a re-break is printed too, without a target.
 * Options: --runs N (default 9), --cues N (default 10000)
 */
import { cpus, loadavg } from 'node:os'
import { parse as assCompilerParse } from 'ass-compiler'
import { parseAss, parseSrt, parseVtt, serializeAss, serializeSrt, serializeVtt } from '../src/shared/subtitles/formats'
import { runQc } from '../src/shared/subtitles/qc'
import { formatTimestamp } from '../src/shared/subtitles/formats/timestamp'
import { formatAssTime } from '../src/shared/subtitles/formats/ass-time'

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name)
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback
}
const RUNS = Number(arg('--runs', '9'))
const CUES = Number(arg('--cues', '10000'))

const LINES = [
  'Hey, are you okay?',
  'I saw what happened in the hallway today.',
  'Nobody deserves to be laughed at like that 🙁',
  'You can sit with us at lunch tomorrow.',
  'Behind every account is a real person,\nwith real feelings.',
  'Thank you. That means more than you know.',
  'Choose kindness, even when it is not easy\nand nobody else is doing it.',
  'Maria Santos painted this for the school fair 🎨'
]

interface Gen {
  start: number
  end: number
  text: string
  i: number
}

function generate(n: number): Gen[] {
  const out: Gen[] = []
  let t = 0
  for (let i = 0; i < n; i++) {
    const text =
      i % 40 === 7
        ? 'Choose kindness, even when it is not easy to do and nobody else is doing it.'
        : LINES[i % LINES.length]
    const duration = 900 + ((i * 37) % 2600)
    const gap = i % 50 === 0 ? -100 : 80 + ((i * 13) % 400) // a few overlaps
    out.push({ start: t, end: t + duration, text, i })
    t += duration + gap
  }
  return out
}

function generateSrt(n: number): string {
  return generate(n)
    .map(({ start, end, text, i }) => {
      const body = i % 10 === 3 ? `<i>${text}</i>` : i % 25 === 4 ? `{\\an8}${text}` : text
      return `${i + 1}\n${formatTimestamp(start, ',')} --> ${formatTimestamp(end, ',')}\n${body}\n`
    })
    .join('\n')
}

function generateVtt(n: number): string {
  const cues = generate(n).map(({ start, end, text, i }) => {
    const body = i % 10 === 3 ? `<i>${text}</i>` : i % 12 === 5 ? `<v Ana>${text.replace('&', '&amp;')}` : text
    const settings = i % 25 === 4 ? ' line:0 align:center' : ''
    return `${i % 7 === 0 ? `cue-${i}\n` : ''}${formatTimestamp(start, '.')} --> ${formatTimestamp(end, '.')}${settings}\n${body}\n`
  })
  return `WEBVTT\n\n${cues.join('\n')}`
}

function generateAss(n: number): string {
  const events = generate(n).map(({ start, end, text, i }) => {
    const body = text.replace(/\n/g, '\\N')
    const tagged = i % 10 === 3 ? `{\\i1}${body}{\\i0}` : i % 25 === 4 ? `{\\an8\\fad(200,200)}${body}` : body
    return `Dialogue: 0,${formatAssTime(start)},${formatAssTime(end)},Default,${i % 12 === 5 ? 'Ana' : ''},0,0,0,,${tagged}`
  })
  return [
    '[Script Info]',
    'ScriptType: v4.00+',
    'PlayResX: 1080',
    'PlayResY: 1920',
    '',
    '[V4+ Styles]',
    'Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding',
    'Style: Default,Noto Sans,64,&H00FFFFFF,&H000000FF,&H00000000,&H80000000,0,0,0,0,100,100,0,0,1,4,0,2,40,40,60,1',
    '',
    '[Events]',
    'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text',
    ...events,
    ''
  ].join('\n')
}

/** The floor of any line reader: split into lines and test each against one regular expression. */
function splitBaseline(text: string): number {
  let n = 0
  for (const line of text.split(/\r\n|\r|\n/)) if (/-->|^Dialogue:/.test(line)) n++
  return n
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

interface Measured {
  median: number
  cpu: number
}

/**
 * Median wall and CPU time of `fn` over RUNS runs after a warm-up. Nothing it returns outlives the
 * measurement: a parse's garbage collections mark the whole live heap, so results kept from earlier
 * steps (10,000-cue tracks, ass-compiler's tree) would make each later step pay for the ones before.
 */
function measure(fn: () => unknown): Measured {
  for (let i = 0; i < 3; i++) fn() // warm-up: let the JIT reach its optimizing tier first
  const wall: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage()
    const start = performance.now()
    fn()
    wall.push(performance.now() - start)
    const c = process.cpuUsage(c0)
    cpu.push((c.user + c.system) / 1000)
  }
  return { median: median(wall), cpu: median(cpu) }
}

const srt = generateSrt(CUES)
const vtt = generateVtt(CUES)
const ass = generateAss(CUES)
const srtBase = measure(() => splitBaseline(srt))
const parse = measure(() => parseSrt(srt))
const vttBase = measure(() => splitBaseline(vtt))
const parseV = measure(() => parseVtt(vtt))
const assBase = measure(() => splitBaseline(ass))
const parseA = measure(() => parseAss(ass))
const assOld = measure(() => assCompilerParse(ass))
// Inputs of the later steps, parsed once more outside any measurement.
const parsed = { SRT: parseSrt(srt), WebVTT: parseVtt(vtt), ASS: parseAss(ass) }
const cues = parsed.SRT.cues
let srtOut = ''
const serialize = measure(() => (srtOut = serializeSrt(cues)))
const serializeV = measure(() => serializeVtt(parsed.WebVTT.cues))
const serializeA = measure(() => serializeAss(parsed.ASS.cues, { native: parsed.ASS.native }))
let qcIssues = 0
let qcSocialIssues = 0
let qcWorstIssues = 0
const qc = measure(
  () => (qcIssues = runQc(cues, { profile: 'netflix', locale: 'en', fps: 30, clipDurationMs: 10 * 3_600_000 }).length)
)
const qcSocial = measure(() => (qcSocialIssues = runQc(cues, { profile: 'social', locale: 'en', fps: 30 }).length))
const worst = cues.map((c, i) =>
  i % 8 === 3 || i % 8 === 5 || i % 8 === 6
    ? { ...c, text: 'Choose kindness, even when it is not easy to do and nobody else is doing it.' }
    : c
)
const qcWorst = measure(() => (qcWorstIssues = runQc(worst, { profile: 'netflix', locale: 'en', fps: 30 }).length))

for (const [name, r] of Object.entries(parsed)) {
  if (r.cues.length !== CUES) throw new Error(`${name}: parsed ${r.cues.length} cues, expected ${CUES}`)
  if (r.report.entries.some((e) => e.kind === 'dropped'))
    throw new Error(`${name}: the generated file should drop nothing`)
  if (!r.cues.some((c) => c.marks?.some((m) => m.kind === 'italic'))) throw new Error(`${name}: italics were not read`)
}
if (srtOut.length < srt.length * 0.9) throw new Error('serialize output is suspiciously short')

const row = (name: string, m: { median: number; cpu: number }, target?: number, ratios: string[] = []) =>
  `${name.padEnd(44)} wall ${m.median.toFixed(1).padStart(7)} ms  cpu ${m.cpu.toFixed(1).padStart(7)} ms${target ? `   target < ${target} ms   ${m.cpu < target ? 'OK' : 'SLOW'} (${(m.cpu / target).toFixed(2)}× target, cpu)` : ''}${ratios.length ? `   ${ratios.join(', ')}` : ''}`
const ratio = (m: { cpu: number }, base: { cpu: number }, label: string) =>
  `${(m.cpu / Math.max(0.01, base.cpu)).toFixed(1)}× ${label}`

console.log(
  `subtitles bench: ${CUES} cues (SRT ${(srt.length / 1024).toFixed(0)} KB, WebVTT ${(vtt.length / 1024).toFixed(0)} KB, ASS ${(ass.length / 1024).toFixed(0)} KB), median of ${RUNS} runs; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs`
)
console.log(row('baseline: split + regex, SRT', srtBase))
console.log(row('parse SRT', parse, 30, [ratio(parse, srtBase, 'split')]))
console.log(row('baseline: split + regex, WebVTT', vttBase))
console.log(row('parse WebVTT', parseV, 30, [ratio(parseV, vttBase, 'split')]))
console.log(row('baseline: split + regex, ASS', assBase))
console.log(row('baseline: ass-compiler (the previous reader)', assOld))
console.log(row('parse ASS', parseA, 50, [ratio(parseA, assBase, 'split'), ratio(parseA, assOld, 'ass-compiler')]))
console.log(row('serialize SRT', serialize))
console.log(row('serialize WebVTT', serializeV))
console.log(row('serialize ASS', serializeA))
console.log(row(`QC netflix, all rules (${qcIssues} issues)`, qc, 50))
console.log(row(`QC social, all rules (${qcSocialIssues} issues)`, qcSocial, 50))
console.log(row(`QC worst case: 3/8 cues re-broken (${qcWorstIssues})`, qcWorst))
