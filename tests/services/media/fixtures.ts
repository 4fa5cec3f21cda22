import { execFile } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { makeClip } from '../../helpers/media'

const run = promisify(execFile)

export function tempDir(prefix = 'kf-h1-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

/** A name with every character that has broken media tools: spaces, quotes, colon, #, %, [ ], non-Latin. */
export const WEIRD_NAME = `a b 'q' "dq" c:d #e 100% [g] ਸ਼ਬਦ 日本 ñ.mp4`

export async function weirdCopy(dir: string): Promise<string> {
  const src = await makeClip({ width: 160, height: 90, durationS: 1 })
  const out = join(dir, WEIRD_NAME)
  copyFileSync(src, out)
  return out
}

export async function ffmpeg(args: string[]): Promise<void> {
  await run('ffmpeg', ['-y', '-hide_banner', '-loglevel', 'error', ...args])
}

/** The first `fraction` of a file's bytes, as an interrupted copy leaves it. */
export function truncatedCopy(src: string, out: string, fraction: number): string {
  const bytes = readFileSync(src)
  writeFileSync(out, bytes.subarray(0, Math.floor(bytes.length * fraction)))
  return out
}
