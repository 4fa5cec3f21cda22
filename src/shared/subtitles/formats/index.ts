import type { Cue, TrackNative } from '../../project/schema'
import { parseAss, serializeAss, type AssSerializeOptions } from './ass'
import { parseSrt, serializeSrt, type SerializeOptions } from './srt'
import type { ParsedSubtitles, SubtitleFormat } from './types'
import { parseVtt, serializeVtt } from './vtt'

export type { ParsedSubtitles, SubtitleFormat, AssStyles, RawCue, DroppedCue } from './types'
export { parseSrt, serializeSrt, parseVtt, serializeVtt, parseAss, serializeAss }

export const SUBTITLE_EXTENSIONS: Record<string, SubtitleFormat> = {
  srt: 'srt',
  vtt: 'vtt',
  webvtt: 'vtt',
  ass: 'ass',
  ssa: 'ass'
}

/** Format from a file name's extension, or undefined. */
export function formatFromPath(path: string): SubtitleFormat | undefined {
  const ext = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase()
  return ext ? SUBTITLE_EXTENSIONS[ext] : undefined
}

/** Format from content, for files with a wrong or missing extension. */
export function sniffFormat(text: string): SubtitleFormat | undefined {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '')
  if (/^WEBVTT(?:[ \t\r\n]|$)/.test(head)) return 'vtt'
  if (/^\s*\[Script Info\]/im.test(head) || /^\s*Dialogue\s*:/m.test(head)) return 'ass'
  if (/\d+\s*:\s*\d+\s*[:.]\s*\d+\s*[,.:]\s*\d+[\s\u200B-\u200F\u2060\uFEFF]*(?:-{1,3}|[\u2013\u2014])\s?>/.test(head))
    return 'srt'
  if (/\d{2}:\d{2}\.\d{3}\s*-->/.test(head)) return 'srt'
  return undefined
}

export function parseSubtitles(text: string, format: SubtitleFormat): ParsedSubtitles {
  switch (format) {
    case 'srt':
      return parseSrt(text)
    case 'vtt':
      return parseVtt(text)
    case 'ass':
      return parseAss(text)
  }
}

export type SerializeSubtitleOptions = SerializeOptions & AssSerializeOptions & { native?: TrackNative }

export function serializeSubtitles(
  cues: readonly Cue[],
  format: SubtitleFormat,
  options: SerializeSubtitleOptions = {}
): string {
  switch (format) {
    case 'srt':
      return serializeSrt(cues, options)
    case 'vtt':
      return serializeVtt(cues, options)
    case 'ass':
      return serializeAss(cues, options)
  }
}
