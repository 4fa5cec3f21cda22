import { open } from 'node:fs/promises'

/**
 * HEIC/HEIF (and AVIF) photos are ISO-BMFF files whose `ftyp` names an image brand. Phones save
 * photos this way by default. ffmpeg 5.1 (Debian 12) cannot read them at all (HEIF item demuxing and
 * tiled "grid" images arrived in ffmpeg 7.1), and would only say "moov atom not found", which
 * reads like a broken video. This names them, so the refusal can say what to do.
 */
const IMAGE_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1', 'avif', 'avis'])

export async function heifBrand(path: string): Promise<string | undefined> {
  const fh = await open(path, 'r').catch(() => undefined)
  if (!fh) return undefined
  try {
    const head = Buffer.alloc(64)
    const { bytesRead } = await fh.read(head, 0, 64, 0)
    if (bytesRead < 16 || head.toString('latin1', 4, 8) !== 'ftyp') return undefined
    const size = Math.min(head.readUInt32BE(0), bytesRead)
    const brands = [head.toString('latin1', 8, 12)]
    for (let o = 16; o + 4 <= size; o += 4) brands.push(head.toString('latin1', o, o + 4))
    return brands.find((b) => IMAGE_BRANDS.has(b))
  } finally {
    await fh.close()
  }
}

/** The refusal, naming fixes that work on every platform the studio runs on. */
export function heifUnreadable(path: string, brand: string): string {
  const kind = brand.startsWith('avi') ? 'AVIF' : 'HEIC/HEIF'
  return (
    `${path}: is a ${kind} photo, which this ffmpeg cannot decode (HEIF images need ffmpeg 7.1 or newer). ` +
    'Convert it to JPEG or PNG and use that: on Linux `heif-convert photo.heic photo.jpg` (package libheif-examples), ' +
    'on a Mac open it in Preview and File › Export as JPEG, on an iPhone set Settings › Camera › Formats › Most Compatible'
  )
}
