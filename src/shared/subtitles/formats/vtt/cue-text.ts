import type { CueMark } from '../../../project/schema'
import { VTT_COLOR_CLASSES } from '../../rich/colors'
import { normalizeMarks } from '../../rich/marks'
import { consumeCharRef } from './char-ref'
import { collectTimestamp } from './timestamp'

/*
 * WebVTT cue text parsing rules (specification § 6.4), step by step: the tokenizer's states (data,
 * HTML character reference in data, tag, start tag, start tag class, start tag annotation, HTML
 * character reference in annotation, end tag, timestamp tag) and the tree building (attach, end tags
 * that only close a matching current node, the language stack, `</ruby>` closing from inside `<rt>`,
 * timestamp tags only when the whole value is a timestamp). The tree is then flattened into plain text +
 * marks: <i> <b> <u> → italic/bold/underline; <c> → a colour for the default colour classes, a class mark
 * otherwise; <v> → voice; <lang> → lang; <ruby>…<rt> → the base text with a ruby mark holding the
 * annotation; timestamps → zero-width time marks.
 */

type Token =
  | { type: 'string'; value: string }
  | { type: 'start'; name: string; classes: string[]; annotation?: string }
  | { type: 'end'; name: string }
  | { type: 'timestamp'; value: string }

const enum State {
  Data,
  Tag,
  StartTag,
  StartTagClass,
  StartTagAnnotation,
  EndTag,
  TimestampTag
}

/** Where the last token ended (a module variable: no object per token). */
let tokenEnd = 0

function done(token: Token, pos: number): Token {
  tokenEnd = pos
  return token
}

/** One token from input[start…]; the position after it is left in `tokenEnd`. */
function nextToken(input: string, start: number): Token {
  let pos = start
  let state = State.Data
  let result = ''
  let buffer = ''
  const classes: string[] = []
  for (;;) {
    const eof = pos >= input.length
    const c = eof ? '' : input[pos]
    switch (state) {
      case State.Data:
        if (c === '&') {
          const ref = consumeCharRef(input, pos)
          if (ref) {
            result += ref.text
            pos = ref.end
          } else {
            result += '&'
            pos++
          }
          continue
        }
        if (c === '<') {
          if (result === '') {
            state = State.Tag
            break
          }
          return done({ type: 'string', value: result }, pos)
        }
        if (eof) return done({ type: 'string', value: result }, pos)
        result += c
        break
      case State.Tag:
        if (c === '\t' || c === '\n' || c === '\f' || c === ' ') state = State.StartTagAnnotation
        else if (c === '.') state = State.StartTagClass
        else if (c === '/') state = State.EndTag
        else if (c >= '0' && c <= '9') {
          result = c
          state = State.TimestampTag
        } else if (c === '>') return done({ type: 'start', name: '', classes: [] }, pos + 1)
        else if (eof) return done({ type: 'start', name: '', classes: [] }, pos)
        else {
          result = c
          state = State.StartTag
        }
        break
      case State.StartTag:
        if (c === '\t' || c === '\f' || c === ' ') state = State.StartTagAnnotation
        else if (c === '\n') {
          buffer = c
          state = State.StartTagAnnotation
        } else if (c === '.') state = State.StartTagClass
        else if (c === '>') return done({ type: 'start', name: result, classes: [] }, pos + 1)
        else if (eof) return done({ type: 'start', name: result, classes: [] }, pos)
        else result += c
        break
      case State.StartTagClass:
        if (c === '\t' || c === '\f' || c === ' ') {
          classes.push(buffer)
          buffer = ''
          state = State.StartTagAnnotation
        } else if (c === '\n') {
          classes.push(buffer)
          buffer = c
          state = State.StartTagAnnotation
        } else if (c === '.') {
          classes.push(buffer)
          buffer = ''
        } else if (c === '>' || eof) {
          classes.push(buffer)
          return done({ type: 'start', name: result, classes }, eof ? pos : pos + 1)
        } else buffer += c
        break
      case State.StartTagAnnotation:
        if (c === '&') {
          const ref = consumeCharRef(input, pos, '>')
          if (ref) {
            buffer += ref.text
            pos = ref.end
          } else {
            buffer += '&'
            pos++
          }
          continue
        }
        if (c === '>' || eof) {
          const annotation = buffer.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').replace(/[\t\n\f\r ]+/g, ' ')
          return done({ type: 'start', name: result, classes, annotation }, eof ? pos : pos + 1)
        }
        buffer += c
        break
      case State.EndTag:
        if (c === '>' || eof) return done({ type: 'end', name: result }, eof ? pos : pos + 1)
        result += c
        break
      case State.TimestampTag:
        if (c === '>' || eof) return done({ type: 'timestamp', value: result }, eof ? pos : pos + 1)
        result += c
        break
    }
    pos++
  }
}

type NodeKind = 'root' | 'c' | 'i' | 'b' | 'u' | 'ruby' | 'rt' | 'v' | 'lang'

/** A WebVTT Node Object: internal nodes with children; text and timestamp leaves. */
export type VttNode =
  | { kind: 'text'; value: string }
  | { kind: 'timestamp'; ms: number }
  | { kind: Exclude<NodeKind, 'root'>; classes: string[]; annotation?: string; language?: string; children: VttNode[] }

interface Internal {
  kind: NodeKind
  classes: string[]
  annotation?: string
  language?: string
  children: VttNode[]
}

interface TreeState {
  /** The open nodes, root first; the last one is "current". */
  stack: Internal[]
  languages: string[]
}

/** "attach a WebVTT Internal Node Object" of a concrete class. */
function attach(
  state: TreeState,
  kind: Exclude<NodeKind, 'root'>,
  token: Extract<Token, { type: 'start' }>,
  annotation?: string
): void {
  const node: Internal = { kind, classes: token.classes.filter((c) => c !== ''), children: [] }
  if (annotation !== undefined) node.annotation = annotation
  if (state.languages.length) node.language = state.languages[state.languages.length - 1]
  state.stack[state.stack.length - 1].children.push(node as unknown as VttNode)
  state.stack.push(node)
}

const CLOSED_BY_END_TAG: ReadonlySet<string> = new Set(['c', 'i', 'b', 'u', 'ruby', 'rt', 'v'])

/** The WebVTT cue text parsing rules: cue text → list of WebVTT Node Objects. */
export function parseCueText(input: string, fallbackLanguage?: string, ignored?: string[]): VttNode[] {
  const root: Internal = { kind: 'root', classes: [], children: [] }
  // "current" is the top of the stack; "the parent node of current" is the entry below it.
  const state: TreeState = { stack: [root], languages: [] }
  const stack = state.stack
  if (fallbackLanguage) {
    root.language = fallbackLanguage
    state.languages.push(fallbackLanguage)
  }
  let pos = 0
  while (pos < input.length) {
    const token = nextToken(input, pos)
    pos = tokenEnd
    const current = stack[stack.length - 1]
    switch (token.type) {
      case 'string':
        current.children.push({ kind: 'text', value: token.value })
        break
      case 'start':
        switch (token.name) {
          case 'c':
          case 'i':
          case 'b':
          case 'u':
          case 'ruby':
            attach(state, token.name, token)
            break
          case 'rt':
            if (current.kind === 'ruby') attach(state, 'rt', token)
            else ignored?.push('rt')
            break
          case 'v':
            attach(state, 'v', token, token.annotation ?? '')
            break
          case 'lang':
            state.languages.push(token.annotation ?? '')
            attach(state, 'lang', token, token.annotation ?? '')
            break
          default:
            // "Otherwise: ignore the token" (noted for the import report).
            ignored?.push(token.name)
        }
        break
      case 'end':
        if (stack.length > 1 && token.name === current.kind && CLOSED_BY_END_TAG.has(token.name)) stack.pop()
        else if (token.name === 'lang' && current.kind === 'lang' && stack.length > 1) {
          stack.pop()
          state.languages.pop()
        } else if (token.name === 'ruby' && current.kind === 'rt' && stack.length > 2) stack.length -= 2
        break
      case 'timestamp': {
        const ts = collectTimestamp(token.value, 0)
        if (ts && ts.end === token.value.length) current.children.push({ kind: 'timestamp', ms: ts.ms })
        break
      }
    }
  }
  return root.children
}

export interface CueTextResult {
  text: string
  marks?: CueMark[]
  /** Set when one voice span covers the whole cue. */
  speaker?: string
  /** Start tags the parser ignored (unknown names, <rt> outside <ruby>). */
  ignored?: string[]
}

interface Flat {
  text: string
  marks: CueMark[]
}

function pushMark(out: Flat, from: number, kind: CueMark['kind'], value?: string, classes?: string[]): void {
  const m: CueMark = { from, to: out.text.length, kind }
  if (value !== undefined) m.value = value
  if (classes && classes.length) m.classes = classes
  out.marks.push(m)
}

/** Flattens nodes into text + marks. */
function flatten(list: VttNode[], out: Flat): void {
  for (const n of list) {
    if (n.kind === 'text') {
      out.text += n.value
      continue
    }
    if (n.kind === 'timestamp') {
      out.marks.push({ from: out.text.length, to: out.text.length, kind: 'time', value: String(n.ms) })
      continue
    }
    if (n.kind === 'rt') continue // handled by its ruby
    const from = out.text.length
    if (n.kind === 'ruby') {
      // Base text between annotations; each <rt> annotates the base text since the previous one.
      let baseFrom = out.text.length
      for (const child of n.children) {
        if (child.kind === 'rt') {
          if (out.text.length > baseFrom)
            out.marks.push({ from: baseFrom, to: out.text.length, kind: 'ruby', value: plainOf(child.children) })
          baseFrom = out.text.length
        } else flatten([child], out)
      }
      continue
    }
    flatten(n.children, out)
    const classes = n.classes
    if (n.kind === 'i') pushMark(out, from, 'italic', undefined, classes)
    else if (n.kind === 'b') pushMark(out, from, 'bold', undefined, classes)
    else if (n.kind === 'u') pushMark(out, from, 'underline', undefined, classes)
    else if (n.kind === 'v') pushMark(out, from, 'voice', n.annotation ?? '', classes)
    else if (n.kind === 'lang') pushMark(out, from, 'lang', n.annotation ?? '', classes)
    else if (n.kind === 'c') {
      for (const cls of classes) {
        if (VTT_COLOR_CLASSES[cls]) pushMark(out, from, 'color', VTT_COLOR_CLASSES[cls])
        else pushMark(out, from, 'class', cls)
      }
    }
  }
}

/** Cue text → plain text + marks (see the file comment for the mapping). */
export function cueTextToRich(input: string): CueTextResult {
  // Most cues have no markup or references: nothing to build.
  if (input.indexOf('<') < 0 && input.indexOf('&') < 0) return { text: input }
  const ignored: string[] = []
  const flat: Flat = { text: '', marks: [] }
  flatten(parseCueText(input, undefined, ignored), flat)
  const text = flat.text
  let normalized = normalizeMarks(flat.marks, text.length)
  let speaker: string | undefined
  const voices = normalized?.filter((m) => m.kind === 'voice') ?? []
  if (voices.length === 1 && voices[0].from === 0 && voices[0].to === text.length && !voices[0].classes) {
    speaker = voices[0].value
    normalized = normalized!.filter((m) => m !== voices[0])
    if (!normalized.length) normalized = undefined
  }
  const out: CueTextResult = { text }
  if (normalized) out.marks = normalized
  if (speaker !== undefined) out.speaker = speaker
  if (ignored.length) out.ignored = ignored
  return out
}

function plainOf(nodes: VttNode[]): string {
  let s = ''
  for (const n of nodes) {
    if (n.kind === 'text') s += n.value
    else if (n.kind !== 'timestamp') s += plainOf(n.children)
  }
  return s
}
