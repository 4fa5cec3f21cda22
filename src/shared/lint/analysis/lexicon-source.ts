import { sha256Hex } from '../../hash/sha256'
import { LexiconFile } from './lexicon-schema'
import { packLexicon, type PackedLexicon } from './lexicon-pack'

/** Fingerprint of a hand-written lexicon as parsed JSON (formatting changes do not make a pack stale). */
export const sourceHash = (raw: unknown): string => sha256Hex(JSON.stringify(raw)).slice(0, 16)

/** Validates a hand-written lexicon and packs it; a malformed one names the file and the field. */
export function packSource(raw: unknown, name: string): { pack: PackedLexicon } | { problem: string } {
  const parsed = LexiconFile.safeParse(raw)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    return {
      problem: `Kindness lexicon ${name} is malformed at ${first.path.join('.') || '(root)'}: ${first.message}.`
    }
  }
  return { pack: packLexicon(parsed.data, sourceHash(raw)) }
}
