import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { mergeRanges } from '../../../shared/preflight/font-coverage'
import type { CodepointRanges } from '../../../shared/preflight/types'
import { fontsDir, listShippedFonts } from './index'

/**
 * The character map of a TrueType/OpenType font: which code points have a glyph. Reads the Unicode
 * subtables of `cmap` (platform 0, and Windows 3/1 and 3/10) in formats 0, 4, 6 and 12 — what fonts
 * use for Unicode — and unions them, leaving out code points mapped to glyph 0 (.notdef: tofu).
 * Spec: https://learn.microsoft.com/typography/opentype/spec/cmap
 */
export function readCmap(font: Buffer): CodepointRanges {
  const cmap = tableOffset(font, 'cmap')
  if (cmap === undefined) throw new Error('font has no cmap table')
  const count = font.readUInt16BE(cmap + 2)
  const pairs: [number, number][] = []
  const seen = new Set<number>()
  for (let i = 0; i < count; i++) {
    const rec = cmap + 4 + i * 8
    const platform = font.readUInt16BE(rec)
    const encoding = font.readUInt16BE(rec + 2)
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))
    const offset = cmap + font.readUInt32BE(rec + 4)
    if (!unicode || seen.has(offset)) continue
    seen.add(offset)
    const format = font.readUInt16BE(offset)
    if (format === 4) readFormat4(font, offset, pairs)
    else if (format === 12) readFormat12(font, offset, pairs)
    else if (format === 6) readFormat6(font, offset, pairs)
    else if (format === 0) readFormat0(font, offset, pairs)
  }
  return mergeRanges(pairs)
}

/** Segment mapping to delta values (BMP). */
function readFormat4(font: Buffer, at: number, out: [number, number][]): void {
  const segX2 = font.readUInt16BE(at + 6)
  const ends = at + 14
  const starts = ends + segX2 + 2
  const deltas = starts + segX2
  const rangeOffsets = deltas + segX2
  for (let s = 0; s < segX2 / 2; s++) {
    const end = font.readUInt16BE(ends + s * 2)
    const start = font.readUInt16BE(starts + s * 2)
    const delta = font.readInt16BE(deltas + s * 2)
    const rangeOffsetAt = rangeOffsets + s * 2
    const rangeOffset = font.readUInt16BE(rangeOffsetAt)
    if (start > end || start === 0xffff) continue
    if (rangeOffset === 0) {
      // glyph = (c + delta) mod 65536; only the one c that lands on 0 is missing.
      const zeroAt = (65536 - delta) & 0xffff
      if (zeroAt >= start && zeroAt <= end) {
        if (zeroAt > start) out.push([start, zeroAt - 1])
        if (zeroAt < end) out.push([zeroAt + 1, end])
      } else out.push([start, end])
      continue
    }
    let runStart = -1
    for (let c = start; c <= end; c++) {
      const glyphAt = rangeOffsetAt + rangeOffset + (c - start) * 2
      const raw = glyphAt + 1 < font.length ? font.readUInt16BE(glyphAt) : 0
      const glyph = raw === 0 ? 0 : (raw + delta) & 0xffff
      if (glyph !== 0 && runStart < 0) runStart = c
      if (glyph === 0 && runStart >= 0) {
        out.push([runStart, c - 1])
        runStart = -1
      }
    }
    if (runStart >= 0) out.push([runStart, end])
  }
}

/** Segmented coverage (full Unicode). */
function readFormat12(font: Buffer, at: number, out: [number, number][]): void {
  const groups = font.readUInt32BE(at + 12)
  for (let g = 0; g < groups; g++) {
    const rec = at + 16 + g * 12
    const start = font.readUInt32BE(rec)
    const end = font.readUInt32BE(rec + 4)
    const glyph = font.readUInt32BE(rec + 8)
    // A group starting at glyph 0 maps only its first code point to .notdef.
    if (glyph === 0) {
      if (end > start) out.push([start + 1, end])
    } else out.push([start, end])
  }
}

/** Trimmed table mapping. */
function readFormat6(font: Buffer, at: number, out: [number, number][]): void {
  const first = font.readUInt16BE(at + 6)
  const count = font.readUInt16BE(at + 8)
  for (let i = 0; i < count; i++) if (font.readUInt16BE(at + 10 + i * 2) !== 0) out.push([first + i, first + i])
}

/** Byte encoding table (code points 0–255). */
function readFormat0(font: Buffer, at: number, out: [number, number][]): void {
  for (let c = 0; c < 256; c++) if (font.readUInt8(at + 6 + c) !== 0) out.push([c, c])
}

function tableOffset(font: Buffer, tag: string): number | undefined {
  const tables = font.readUInt16BE(4)
  for (let i = 0; i < tables; i++) {
    const rec = 12 + i * 16
    if (font.toString('latin1', rec, rec + 4) === tag) return font.readUInt32BE(rec + 8)
  }
  return undefined
}

/**
 * Family → character map of the shipped fonts (the weights of a family are joined). Reading the nine
 * files takes ~30 ms; the result is kept for the process and re-read only when a file's size or
 * modification time changes (fonts are data: a refreshed resources/fonts must be seen).
 */
let cached: { key: string; coverage: Record<string, CodepointRanges> } | undefined

export async function shippedCoverage(): Promise<Record<string, CodepointRanges>> {
  const dir = fontsDir()
  const fonts = listShippedFonts()
  const stats = await Promise.all(
    fonts.map((f) =>
      stat(join(dir, f.file)).then(
        (s) => `${s.size}:${s.mtimeMs}`,
        () => 'missing'
      )
    )
  )
  const key = `${dir}\u0000${stats.join(',')}`
  if (cached?.key === key) return cached.coverage
  const byFamily = new Map<string, [number, number][]>()
  for (const [i, f] of fonts.entries()) {
    if (stats[i] === 'missing') continue
    const ranges = readCmap(await readFile(join(dir, f.file)))
    const pairs = byFamily.get(f.family) ?? []
    for (let r = 0; r < ranges.length; r += 2) pairs.push([ranges[r], ranges[r + 1]])
    byFamily.set(f.family, pairs)
  }
  const coverage = Object.fromEntries([...byFamily].map(([family, pairs]) => [family, mergeRanges(pairs)]))
  cached = { key, coverage }
  return coverage
}
