import type { Cue, CueMark, TrackNative } from '../../../project/schema'
import { vttColorClass } from '../../rich/colors'
import { writeNested } from '../../rich/marks'
import { vttFromPlacement } from '../../rich/placement'
import { classLooks, colorClass, STRIKE_CLASS } from './css'
import { formatCueSettings, formatRegion } from './settings'
import { formatVttTimestamp } from './timestamp'

export interface VttWriteOptions {
  eol?: '\n' | '\r\n'
  native?: TrackNative
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
/** Annotations (voice names, languages) end at ">" and must not hold a line break. */
const escapeAnnotation = (s: string) => escapeText(s.replace(/[\r\n]+/g, ' '))

function classSuffix(m: CueMark): string {
  return m.classes?.length ? '.' + m.classes.join('.') : ''
}

/** One cue's text as WebVTT cue text: tags for the marks, entities for & < >, no blank line (it would end the cue). */
export function writeVttCueText(cue: Pick<Cue, 'text' | 'marks' | 'speaker'>, needed: Set<string>): string {
  const body = writeNested(
    cue.text,
    cue.marks,
    (m) => {
      switch (m.kind) {
        case 'italic':
          return `<i${classSuffix(m)}>`
        case 'bold':
          return `<b${classSuffix(m)}>`
        case 'underline':
          return `<u${classSuffix(m)}>`
        case 'strike':
          needed.add(STRIKE_CLASS)
          return `<c.${STRIKE_CLASS}>`
        case 'color': {
          if (!m.value) return null
          const named = vttColorClass(m.value)
          if (named) return `<c.${named}>`
          const cls = colorClass(m.value)
          needed.add(cls)
          return `<c.${cls}>`
        }
        case 'class':
          return m.value ? `<c.${m.value}${classSuffix(m)}>` : null
        case 'voice':
          return `<v${classSuffix(m)} ${escapeAnnotation(m.value ?? '')}>`
        case 'lang':
          return `<lang${classSuffix(m)} ${escapeAnnotation(m.value ?? '')}>`
        case 'ruby':
          return '<ruby>'
        default:
          return null
      }
    },
    (m) => {
      switch (m.kind) {
        case 'italic':
          return '</i>'
        case 'bold':
          return '</b>'
        case 'underline':
          return '</u>'
        case 'voice':
          return '</v>'
        case 'lang':
          return '</lang>'
        case 'ruby':
          return `<rt>${escapeText(m.value ?? '')}</rt></ruby>`
        default:
          return '</c>'
      }
    },
    escapeText,
    (m) =>
      m.kind === 'time' && m.value !== undefined && Number.isFinite(Number(m.value))
        ? `<${formatVttTimestamp(Number(m.value))}>`
        : ''
  )
  const voiced = cue.speaker ? `<v ${escapeAnnotation(cue.speaker)}>${body}` : body
  return withoutBlankLines(voiced)
}

/** A blank line ends a WebVTT cue (and an SRT one): cue text written into either keeps none. */
export function withoutBlankLines(text: string): string {
  return text
    .replace(/\n[ \t]*(?=\n)/g, '')
    .replace(/^[ \t]*\n+/, '')
    .replace(/\n+$/, '')
}

/** Identifiers end at the line and may not contain "-->". */
function safeId(id: string): string {
  return id.replace(/[\r\n]+/g, ' ').replace(/-->/g, '--\u2060>')
}

/** A NOTE block: "NOTE" + the text after it as read (" text" or "\nlines"); no "-->", no blank line. */
function noteBlock(note: string): string {
  const body = note
    .replace(/-->/g, '--\u2060>')
    .replace(/\n[ \t]*(?=\n)/g, '')
    .replace(/\n+$/, '')
  return `NOTE${body === '' || /^[ \t\n]/.test(body) ? body : ` ${body}`}`
}

export function serializeVtt(cues: readonly Cue[], options: VttWriteOptions = {}): string {
  const eol = options.eol ?? '\n'
  const native = options.native?.vtt
  const blocks: string[] = []
  const header = native?.header && !/[\n\r]/.test(native.header) && !native.header.includes('-->') ? native.header : ''
  const headerLines = (native?.headerLines ?? []).filter((l) => l.trim() !== '' && !l.includes('-->'))
  blocks.push(['WEBVTT' + header, ...headerLines].join('\n'))
  for (const r of native?.regions ?? []) blocks.push(['REGION', ...formatRegion(r)].join('\n'))
  const styles = [...(native?.styles ?? [])]
  const needed = new Set<string>()
  const cueBlocks: string[] = []
  for (const c of cues) {
    for (const note of c.native?.notes ?? []) cueBlocks.push(noteBlock(note))
    const settings = formatCueSettings(c.native?.vtt ?? vttFromPlacement(c.place))
    const timing = `${formatVttTimestamp(c.startMs)} --> ${formatVttTimestamp(c.endMs)}${settings ? ` ${settings}` : ''}`
    const text = writeVttCueText(c, needed)
    cueBlocks.push([safeId(c.id), timing, ...(text ? [text] : [])].join('\n'))
  }
  for (const note of native?.trailingNotes ?? []) cueBlocks.push(noteBlock(note))
  // Classes the text uses for what WebVTT has no tag for get a rule, unless the file's own CSS has one.
  const known = classLooks(styles)
  const rules: string[] = []
  for (const cls of [...needed].sort()) {
    if (known.has(cls)) continue
    if (cls === STRIKE_CLASS) rules.push(`::cue(.${cls}) { text-decoration: line-through; }`)
    else rules.push(`::cue(.${cls}) { color: #${cls.slice('color-'.length)}; }`)
  }
  if (rules.length) styles.push(rules.join('\n'))
  for (const css of styles) blocks.push(`STYLE\n${withoutBlankLines(css.replace(/-->/g, '--\u2060>'))}`)
  const out = [...blocks, ...cueBlocks].join('\n\n') + '\n'
  return eol === '\n' ? out : out.replace(/\n/g, eol)
}
