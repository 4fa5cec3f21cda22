import { open, type FileHandle } from 'node:fs/promises'

/**
 * The one MP4/MOV/M4A (ISO base media) box walker: it reads only the top-level box headers
 * (size + type). Two questions are answered from it:
 * - `checkIsoBmff`: is the file complete? ffprobe alone cannot tell a truncated MP4 from a random
 *   file ("moov atom not found" for both), and when the index comes first (faststart) it happily
 *   probes a file whose media data was cut off. A box that claims more bytes than the file has is
 *   the tell-tale of an interrupted copy.
 * - `topLevelBoxes`: where does moov sit relative to mdat (the export's faststart check)?
 */
const TOP_LEVEL_BOXES = new Set([
  'ftyp',
  'moov',
  'mdat',
  'free',
  'skip',
  'wide',
  'uuid',
  'pdin',
  'moof',
  'mfra',
  'meta',
  'styp',
  'sidx',
  'pnot'
])

export type IsoBmffCheck = { kind: 'not-iso' } | { kind: 'complete' } | { kind: 'truncated'; reason: string }

const MAX_BOXES = 10_000

interface BoxWalk {
  /** Types of the boxes whose header could be read, in file order (a broken last one included). */
  types: string[]
  /** Why the walk stopped before the end of the file, in words for "<file>: <problem>". */
  problem?: string
}

async function walkTopLevelBoxes(fh: FileHandle, fileSize: number, maxBoxes: number): Promise<BoxWalk> {
  const header = Buffer.alloc(16)
  const types: string[] = []
  let offset = 0
  while (types.length < maxBoxes && offset < fileSize) {
    const { bytesRead } = await fh.read(header, 0, 16, offset)
    if (bytesRead < 8) return { types, problem: `ends inside a box header at byte ${offset}` }
    const type = header.toString('latin1', 4, 8)
    types.push(type)
    let size = header.readUInt32BE(0)
    if (size === 1) {
      if (bytesRead < 16) return { types, problem: `ends inside the "${type}" box header` }
      size = Number(header.readBigUInt64BE(8))
    } else if (size === 0) {
      size = fileSize - offset // "extends to the end of the file"
    }
    if (size < 8) return { types, problem: `has a broken "${type}" box at byte ${offset}` }
    if (offset + size > fileSize) {
      return {
        types,
        problem: `ends early: its "${type}" box needs ${offset + size} bytes but the file has ${fileSize} (an interrupted copy or download?)`
      }
    }
    offset += size
  }
  return { types }
}

export async function checkIsoBmff(path: string, fileSize: number): Promise<IsoBmffCheck> {
  const fh = await open(path, 'r')
  try {
    const first = Buffer.alloc(8)
    const { bytesRead } = await fh.read(first, 0, 8, 0)
    if (bytesRead < 8 || !TOP_LEVEL_BOXES.has(first.toString('latin1', 4, 8))) return { kind: 'not-iso' }
    const walk = await walkTopLevelBoxes(fh, fileSize, MAX_BOXES)
    if (walk.problem) return { kind: 'truncated', reason: walk.problem }
    if (!walk.types.includes('moov'))
      return {
        kind: 'truncated',
        reason: 'has no "moov" index (the end of the file is missing, or it was never finished)'
      }
    return { kind: 'complete' }
  } finally {
    await fh.close()
  }
}

/** The top-level box types in file order (at most `maxBoxes`), e.g. to see where moov sits relative to mdat. */
export async function topLevelBoxes(path: string, maxBoxes = 32): Promise<string[]> {
  const fh = await open(path, 'r')
  try {
    return (await walkTopLevelBoxes(fh, (await fh.stat()).size, maxBoxes)).types
  } finally {
    await fh.close()
  }
}
