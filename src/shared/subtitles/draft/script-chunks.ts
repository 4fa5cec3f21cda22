import { autoLineBreak } from '../edits/line-break'
import { displayLines, lineWidth } from '../text-metrics'

export interface ChunkOptions {
  maxCpl: number
  maxLines: number
  locale?: string
}

// Sentence ends: Latin/Arabic punctuation followed by space (or end), CJK full stops anywhere.
const SENTENCE = /[^.!?…。！？؟]*(?:[.!?…؟]+["'”’)\]]*(?=\s|$)|[。！？]+[」』）]*|$)/gu
const CLAUSE_END = /[,;:、，；：]["'”’)]?$|\s[—–-]$/u

/**
 * Splits a voiceover script into cue-sized chunks, each already line-broken: sentence by sentence;
 * a sentence too long for one cue (maxLines × maxCpl) is split at clause punctuation, and a clause
 * still too long at word boundaries (CJK: between characters). Pure; nothing is dropped or reordered —
 * joining the chunks gives back the script's words.
 */
export function splitScriptIntoChunks(script: string, options: ChunkOptions): string[] {
  const text = script.replace(/\s+/g, ' ').trim()
  if (!text) return []
  const chunks: string[] = []
  for (const sentence of sentences(text)) {
    if (fits(sentence, options)) {
      chunks.push(layout(sentence, options))
      continue
    }
    let current = ''
    for (const piece of clauses(sentence).flatMap((c) => (fits(c, options) ? [c] : wordPack(c, options)))) {
      const joined = current ? join(current, piece) : piece
      if (current && !fits(joined, options)) {
        chunks.push(layout(current, options))
        current = piece
      } else {
        current = joined
      }
    }
    if (current) chunks.push(layout(current, options))
  }
  return chunks
}

function sentences(text: string): string[] {
  return (text.match(SENTENCE) ?? []).map((s) => s.trim()).filter(Boolean)
}

function clauses(sentence: string): string[] {
  const words = tokens(sentence)
  const out: string[] = []
  let current = ''
  for (const w of words) {
    current = current ? join(current, w) : w
    if (CLAUSE_END.test(current)) {
      out.push(current)
      current = ''
    }
  }
  if (current) out.push(current)
  return out
}

/** Words (split at spaces), and single characters for CJK runs. */
function tokens(s: string): string[] {
  return s.split(' ').flatMap((w) => (/[\u3040-\u30ff\u3400-\u9fff]/u.test(w) ? Array.from(w) : [w]))
}

function join(a: string, b: string): string {
  const cjk =
    /[\u3000-\u30ff\u3400-\u9fff\uff00-\uff60]$/u.test(a) || /^[\u3000-\u30ff\u3400-\u9fff\uff00-\uff60]/u.test(b)
  return cjk ? a + b : `${a} ${b}`
}

function wordPack(clause: string, options: ChunkOptions): string[] {
  const out: string[] = []
  let current = ''
  for (const w of tokens(clause)) {
    const joined = current ? join(current, w) : w
    if (current && !fits(joined, options)) {
      out.push(current)
      current = w
    } else {
      current = joined
    }
  }
  if (current) out.push(current)
  return out
}

function layout(text: string, options: ChunkOptions): string {
  return autoLineBreak(text, options)
}

function fits(text: string, options: ChunkOptions): boolean {
  const lines = displayLines(layout(text, options))
  return lines.length <= options.maxLines && lines.every((l) => lineWidth(l) <= options.maxCpl)
}
