import { open } from 'node:fs/promises'

/**
 * A cheap completeness check for MP4/MOV/M4A (ISO base media) files by walking the top-level box
 * headers. ffprobe alone cannot tell a truncated MP4 from a random file ("moov atom not found" for
 * both), and when the index comes first (faststart) it happily probes a file whose media data was
 * cut off. A box that claims more bytes than the file has is the tell-tale of an interrupted copy.
 */
const TOP_LEVEL_BOXES = new Set(['ftyp', 'moov', 'mdat', 'free', 'skip', 'wide', 'uuid', 'pdin', 'moof', 'mfra', 'meta', 'styp', 'sidx', 'pnot'])

export type IsoBmffCheck =
  | { kind: 'not-iso' }
  | { kind: 'complete' }
  | { kind: 'truncated'; reason: string }

const MAX_BOXES = 10_000

export async function checkIsoBmff(path: string, fileSize: number): Promise<IsoBmffCheck> {
  const fh = await open(path, 'r')
  try {
    const header = Buffer.alloc(16)
    const first = await fh.read(header, 0, 16, 0)
    if (first.bytesRead < 8 || !TOP_LEVEL_BOXES.has(header.toString('latin1', 4, 8))) return { kind: 'not-iso' }
    let offset = 0
    let sawMoov = false
    for (let i = 0; i < MAX_BOXES && offset < fileSize; i++) {
      const { bytesRead } = await fh.read(header, 0, 16, offset)
      if (bytesRead < 8) return { kind: 'truncated', reason: `ends inside a box header at byte ${offset}` }
      const type = header.toString('latin1', 4, 8)
      let size = header.readUInt32BE(0)
      if (size === 1) {
        if (bytesRead < 16) return { kind: 'truncated', reason: `ends inside the "${type}" box header` }
        size = Number(header.readBigUInt64BE(8))
      } else if (size === 0) {
        size = fileSize - offset // "extends to the end of the file"
      }
      if (size < 8) return { kind: 'truncated', reason: `has a broken "${type}" box at byte ${offset}` }
      if (type === 'moov') sawMoov = true
      if (offset + size > fileSize) {
        return { kind: 'truncated', reason: `ends early: its "${type}" box needs ${offset + size} bytes but the file has ${fileSize} (an interrupted copy or download?)` }
      }
      offset += size
    }
    if (!sawMoov) return { kind: 'truncated', reason: 'has no "moov" index (the end of the file is missing, or it was never finished)' }
    return { kind: 'complete' }
  } finally {
    await fh.close()
  }
}
