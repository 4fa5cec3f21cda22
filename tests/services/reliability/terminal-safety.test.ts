import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { dispatch } from '../../../src/main/dispatch'
import { createHandlers } from '../../../src/main/handlers'
import { KindframeError, toErrorBody } from '../../../src/shared/errors'
import { safeText } from '../../../src/shared/safe-text'
import { RAW_CONTROL, runCli } from '../cli/cli-harness'

const dir = mkdtempSync(join(tmpdir(), 'kf-escape-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Bytes a hostile file can carry: recolour, clear screen, set the window title, 8-bit CSI, bell. */
const EVIL = '\x1b[31mRED\x1b[2J\x1b]0;pwned\x07\u009b6n\r'

describe('safeText', () => {
  it.each([
    ['ESC sequences', '\x1b[31mx', '\\x1b[31mx'],
    ['OSC title with BEL', '\x1b]0;t\x07', '\\x1b]0;t\\x07'],
    ['8-bit CSI (C1)', '\u009b6n', '\\x9b6n'],
    ['carriage return (line overwrite)', 'a\rb', 'a\\x0db'],
    ['DEL and NUL', 'a\x7f\x00', 'a\\x7f\\x00'],
    ['newline and tab kept', 'a\n\tb', 'a\n\tb'],
    ['every script kept', 'مرحبا שלום สวัสดี नमस्ते 你好 😀 é', 'مرحبا שלום สวัสดี नमस्ते 你好 😀 é']
  ])('%s', (_what, input, expected) => {
    expect(safeText(input)).toBe(expected)
  })
})

describe('error messages never carry raw control bytes', () => {
  it('a KindframeError and a plain Error crossing a boundary', () => {
    expect(new KindframeError('not-media', `x${EVIL}`).message).not.toMatch(RAW_CONTROL)
    expect(toErrorBody(new Error(EVIL)).message).not.toMatch(RAW_CONTROL)
  })

  it('a project file of escape sequences (CLI export, exit 3): the reason shows them escaped', async () => {
    const file = join(dir, 'evil.kindframe')
    writeFileSync(file, `{"kind": ${EVIL}}`)
    const r = await runCli(['export', file])
    expect(r.code).toBe(3)
    expect(r.stderr).toContain('not valid JSON')
    expect(r.stderr).not.toMatch(RAW_CONTROL)
    expect(r.stderr).toContain('\\x1b')
  })

  it('a media file whose NAME holds escape sequences (CLI probe, exit 3)', async () => {
    const file = join(dir, `clip${EVIL}.mp4`)
    writeFileSync(file, 'not a video at all')
    const r = await runCli(['probe', file])
    expect(r.code).toBe(3)
    expect(r.stdout + r.stderr).not.toMatch(RAW_CONTROL)
    expect(r.stderr).toContain('clip\\x1b[31mRED')
  })

  it('a subtitle file of escape sequences (CLI convert): the report and the result are safe', async () => {
    const file = join(dir, 'evil.srt')
    writeFileSync(file, `1\n00:00:01,000 --> 00:00:02,000\nhello${EVIL}\n\ngarbage ${EVIL}\n\n`)
    const r = await runCli(['convert', file, join(dir, 'out.vtt')])
    expect(r.stdout + r.stderr).not.toMatch(RAW_CONTROL)
  })

  it('over the contract (IPC / bridge envelope): project.open of such a file', async () => {
    const file = join(dir, 'evil2.kindframe')
    writeFileSync(file, `{${EVIL}`)
    const res = await dispatch(createHandlers('cli' as never), 'project.open', { path: file }, () => {})
    expect('error' in res && res.error.message).toMatch(/not valid JSON/)
    expect('error' in res && res.error.message).not.toMatch(RAW_CONTROL)
  })
})
