import { useEffect, useState } from 'react'
import { useStudio } from '../../store'
import { client } from '../../app/client'

/** Thumbnails by absolute path and media time; shared across cards so re-renders never refetch. */
const thumbCache = new Map<string, Promise<string>>()

/**
 * At most this many thumbnail requests in flight: a 200-clip drop would otherwise start 200
 * ffmpeg decodes at once on the user's (or our 2-core CI's) machine.
 */
export const THUMBNAIL_CONCURRENCY = 3
let inFlight = 0
const waiting: (() => void)[] = []

async function limited<T>(task: () => Promise<T>): Promise<T> {
  if (inFlight >= THUMBNAIL_CONCURRENCY) await new Promise<void>((resolve) => waiting.push(resolve))
  inFlight++
  try {
    return await task()
  } finally {
    inFlight--
    waiting.shift()?.()
  }
}

export function thumbnailFor(path: string, atMs: number): Promise<string> {
  const key = `${path}@${atMs}`
  let p = thumbCache.get(key)
  if (!p) {
    p = limited(() => client()['media.thumbnail']({ path, atMs, width: 240 })).then((r) => r.dataUrl)
    // A failure is not cached: relinking or a retry may succeed.
    p.catch(() => thumbCache.delete(key))
    thumbCache.set(key, p)
  }
  return p
}

export type ThumbState =
  | { status: 'loading' }
  | { status: 'ok'; dataUrl: string }
  | { status: 'missing' }
  | { status: 'error'; message: string }

/** Resolves the clip's media against the project file, then fetches its thumbnail. */
export function useClipThumbnail(media: string, durationMs: number | undefined): ThumbState {
  const projectPath = useStudio((s) => s.projectPath)
  const [state, setState] = useState<ThumbState>({ status: 'loading' })
  useEffect(() => {
    let live = true
    setState({ status: 'loading' })
    const atMs = durationMs ? Math.min(1000, Math.floor(durationMs / 2)) : 0
    client()
      ['media.resolve']({ projectPath, media })
      .then((r) => {
        if (!r.exists) {
          if (live) setState({ status: 'missing' })
          return
        }
        return thumbnailFor(r.path, atMs).then((dataUrl) => live && setState({ status: 'ok', dataUrl }))
      })
      .catch(
        (err: unknown) =>
          live && setState({ status: 'error', message: err instanceof Error ? err.message : String(err) })
      )
    return () => {
      live = false
    }
  }, [media, projectPath, durationMs])
  return state
}
