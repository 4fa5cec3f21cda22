/**
 * Makes libass 0.17 see the astral-plane glyphs (emoji, U+1F000+) of a font loaded from `fontsdir`.
 *
 * libass picks the FIRST Microsoft Unicode cmap of a face (platform 3, encoding 1 = BMP-only
 * format 4, which by the spec's ordering always precedes 3/10 = full-Unicode format 12), so
 * U+1F49B is "not found" in Noto Emoji. For system fonts libass then retries "all charmaps", but
 * memory fonts are never fallback candidates, so the glyph becomes tofu (verified with ffmpeg 5.1 /
 * libass 0.17.1). The fix is to swap the subtable offsets of the 3/1 and 3/10 records: the 3/1
 * record then points at the full format-12 table. Glyphs and outlines are untouched (OFL allows
 * modified copies; resources/fonts/OFL.txt says which file was changed).
 */
export function preferFullUnicodeCmap(font: Buffer): Buffer {
  const out = Buffer.from(font)
  const cmap = tableOffset(out, 'cmap')
  if (cmap === undefined) throw new Error('font has no cmap table')
  const count = out.readUInt16BE(cmap + 2)
  let bmp: number | undefined
  let full: number | undefined
  for (let i = 0; i < count; i++) {
    const rec = cmap + 4 + i * 8
    const platform = out.readUInt16BE(rec)
    const encoding = out.readUInt16BE(rec + 2)
    if (platform === 3 && encoding === 1) bmp = rec
    if (platform === 3 && encoding === 10) full = rec
  }
  if (bmp === undefined || full === undefined) return out // nothing to prefer
  const bmpOffset = out.readUInt32BE(bmp + 4)
  const fullOffset = out.readUInt32BE(full + 4)
  if (out.readUInt16BE(cmap + bmpOffset) === 12) return out // already patched
  out.writeUInt32BE(fullOffset, bmp + 4)
  out.writeUInt32BE(bmpOffset, full + 4)
  return out
}

/** The cmap subtables as "platform/encoding fmtN", in record order (for tests and diagnostics). */
export function describeCmap(font: Buffer): string[] {
  const cmap = tableOffset(font, 'cmap')
  if (cmap === undefined) return []
  const count = font.readUInt16BE(cmap + 2)
  return Array.from({ length: count }, (_, i) => {
    const rec = cmap + 4 + i * 8
    const format = font.readUInt16BE(cmap + font.readUInt32BE(rec + 4))
    return `${font.readUInt16BE(rec)}/${font.readUInt16BE(rec + 2)} fmt${format}`
  })
}

function tableOffset(font: Buffer, tag: string): number | undefined {
  const tables = font.readUInt16BE(4)
  for (let i = 0; i < tables; i++) {
    const rec = 12 + i * 16
    if (font.toString('latin1', rec, rec + 4) === tag) return font.readUInt32BE(rec + 8)
  }
  return undefined
}
