import { spawn, type ChildProcess } from 'node:child_process'
import type { Socket } from 'node:net'

/**
 * Parent-death cleanup for ffmpeg children. Ctrl-C, SIGTERM and SIGHUP are handled in-process
 * (cancel → SIGTERM ffmpeg → partial files removed); `kill -9`, an OOM kill or a crash of this
 * process runs no code at all, and ffmpeg (reparented to init) would finish the partial files as
 * an orphan. So the first ffmpeg run starts ONE small watchdog: a detached Node process (own
 * session: a closing terminal's SIGHUP does not reach it) whose stdin is a pipe from us. We tell it
 * over the pipe what is running (pid + files + temp folders) and when it is done. When the pipe
 * closes while entries remain (we are gone, however we died) it SIGTERMs those ffmpegs, SIGKILLs
 * the ones still there 2 s later, removes their partial files and temp folders, and exits. A normal
 * exit closes the pipe too, with nothing left to do.
 *
 * The watchdog is plain JavaScript passed with `-e`, so it needs no file on disk (Electron bundles
 * main; `ELECTRON_RUN_AS_NODE` makes its binary a Node). Before killing a pid it checks (Linux
 * /proc) that the pid still runs the binary it was told, so a recycled pid is never hit.
 */
export const WATCHDOG_SOURCE = String.raw`
const fs = require('fs')
const entries = new Map()
let buffer = ''
process.on('SIGINT', () => {})
process.on('SIGHUP', () => {})
process.stdin.setEncoding('utf8')
process.stdin.on('data', (chunk) => {
  buffer += chunk
  let nl
  while ((nl = buffer.indexOf('\n')) >= 0) {
    const line = buffer.slice(0, nl)
    buffer = buffer.slice(nl + 1)
    try {
      const m = JSON.parse(line)
      if (m.op === 'add') entries.set(m.id, m)
      else if (m.op === 'del') entries.delete(m.id)
    } catch {}
  }
})
const runs = (e) => {
  if (!e.pid) return false
  try { process.kill(e.pid, 0) } catch { return false }
  try {
    const cmd = fs.readFileSync('/proc/' + e.pid + '/cmdline', 'latin1').split('\0')[0]
    return !e.bin || cmd === e.bin || cmd.endsWith('/' + e.bin.split('/').pop())
  } catch { return true }
}
let gone = false
const parentGone = () => {
  if (gone) return
  gone = true
  const list = [...entries.values()]
  if (list.length === 0) process.exit(0)
  for (const e of list) if (runs(e)) { try { process.kill(e.pid, 'SIGTERM') } catch {} }
  setTimeout(() => {
    for (const e of list) if (runs(e)) { try { process.kill(e.pid, 'SIGKILL') } catch {} }
    setTimeout(() => {
      for (const e of list) {
        for (const p of e.paths || []) { try { fs.rmSync(p, { force: true }) } catch {} }
        for (const d of e.dirs || []) { try { fs.rmSync(d, { recursive: true, force: true }) } catch {} }
      }
      process.exit(0)
    }, 200)
  }, 2000)
}
process.stdin.on('end', parentGone)
process.stdin.on('close', parentGone)
`

export interface WatchEntry {
  /** The process to end if we die (absent: only files to remove, e.g. a temp folder). */
  pid?: number
  /** The binary that pid must run (guards against a recycled pid). */
  bin?: string
  /** Files to remove. */
  paths?: string[]
  /** Folders to remove with everything in them. */
  dirs?: string[]
}

let watchdog: ChildProcess | undefined
let failed = false
let seq = 0

function ensureWatchdog(): ChildProcess | undefined {
  if (watchdog || failed) return watchdog
  try {
    const child = spawn(process.execPath, ['-e', WATCHDOG_SOURCE], {
      detached: true,
      stdio: ['pipe', 'ignore', 'ignore'],
      windowsHide: true,
      // KINDFRAME_WATCHDOG_CHILD: should a packaged Electron refuse to run as Node (RunAsNode fuse off),
      // the app's own main sees it and exits at once instead of starting a second studio.
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', KINDFRAME_WATCHDOG_CHILD: '1' }
    })
    child.on('error', () => {
      failed = true
      watchdog = undefined
    })
    child.on('exit', () => {
      if (watchdog === child) watchdog = undefined
    })
    child.stdin!.on('error', () => {})
    // Neither the watchdog nor its pipe may keep this process alive.
    child.unref()
    ;(child.stdin as unknown as Socket).unref?.()
    watchdog = child
  } catch {
    failed = true // cleanup on parent death is best effort; the next run's sweep is the backstop
  }
  return watchdog
}

/** Registers what to clean up if this process dies; returns the function that unregisters it. */
export function watchForParentDeath(entry: WatchEntry): () => void {
  const dog = ensureWatchdog()
  if (!dog?.stdin?.writable) return () => {}
  const id = `${process.pid}-${++seq}`
  dog.stdin.write(JSON.stringify({ op: 'add', id, ...entry }) + '\n')
  return () => {
    if (dog.stdin?.writable) dog.stdin.write(JSON.stringify({ op: 'del', id }) + '\n')
  }
}

/** The watchdog's pid, for tests. */
export function watchdogPid(): number | undefined {
  return watchdog?.pid
}
