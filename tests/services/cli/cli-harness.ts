import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { main } from '../../../src/cli/main'

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
export const BIN = join(ROOT, 'bin', 'kindframe.mjs')

export interface Ran {
  code: number
  stdout: string
  stderr: string
}

function capture(): { stream: Writable & { isTTY?: boolean }; text: () => string } {
  const chunks: string[] = []
  const stream = new Writable({
    write(chunk: Buffer | string, _enc, done) {
      chunks.push(typeof chunk === 'string' ? chunk : chunk.toString('utf8'))
      done()
    }
  })
  return { stream, text: () => chunks.join('') }
}

/** The CLI in this process (fast): same main() as bin/kindframe.mjs, stdout/stderr captured. */
export async function runCli(args: string[], signal: AbortSignal = new AbortController().signal): Promise<Ran> {
  const out = capture()
  const err = capture()
  const code = await main(args, { stdout: out.stream, stderr: err.stream, signal })
  return { code, stdout: out.text(), stderr: err.text() }
}

/** The CLI as a user runs it, in its own process. */
export function spawnCli(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: ROOT, env, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr })
      }
    )
  })
}

/** Any raw C0/C1 control byte except newline and tab. */
export const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/
