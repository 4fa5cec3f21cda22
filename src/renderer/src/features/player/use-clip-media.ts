import { useEffect, useState } from 'react'
import { getPlatform } from '../../platform'
import { useStudio } from '../../store'

export interface ClipMedia {
  /** Absolute path of the media file (for waveform/thumbnail ops). */
  path: string | null
  /** URL a <video> can load. */
  url: string | null
  exists: boolean
  error: string | null
}

const cache = new Map<string, Promise<{ path: string; url: string | null; exists: boolean }>>()

/** Resolves a clip's project-relative media path to a file path and a playable URL (cached per path). */
function resolve(projectPath: string | null, media: string) {
  const key = `${projectPath ?? ''}\n${media}`
  let hit = cache.get(key)
  if (!hit) {
    const client = getPlatform().client
    hit = client['media.resolve']({ projectPath, media }).then(async (r) => ({
      path: r.path,
      exists: r.exists,
      url: r.exists ? (await client['media.url']({ path: r.path })).url : null
    }))
    hit.catch(() => cache.delete(key))
    cache.set(key, hit)
  }
  return hit
}

export function useClipMedia(media: string | null | undefined): ClipMedia {
  const projectPath = useStudio((s) => s.projectPath)
  const [state, setState] = useState<ClipMedia>({ path: null, url: null, exists: false, error: null })
  useEffect(() => {
    if (!media) {
      setState({ path: null, url: null, exists: false, error: null })
      return
    }
    let live = true
    resolve(projectPath, media).then(
      (r) => live && setState({ ...r, error: null }),
      (e: unknown) =>
        live && setState({ path: null, url: null, exists: false, error: e instanceof Error ? e.message : String(e) })
    )
    return () => {
      live = false
    }
  }, [projectPath, media])
  return state
}
