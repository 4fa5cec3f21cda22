import { EXIT, type Command } from '../command'
import { parseFlags } from '../flags'
import { KindframeError } from '../../shared/errors'
import { safeText } from '../../shared/safe-text'
import { locateMedia } from '../../main/services/media/resolve'
import { relinkClip } from '../../main/services/project/relink'
import { openProject, saveProject } from '../../main/services/project/store'

const USAGE = `Usage: kindframe relink <project.kindframe> <clip-id> [<media>]

Points a clip at a media file and records it anew (probe + size, time, SHA-256). With <media>: a
moved or replaced file. Without it: accepts the clip's current file as it is now — what to do when
pre-flight says "the media file changed since it was imported" and the change is intended (check
the subtitle timing against the new file first).

Exit: 0 relinked · 2 usage · 3 the file is missing or not a video · 5 the project changed on disk meanwhile`

export const relinkCommand: Command = {
  name: 'relink',
  summary: 'point a clip at a (new) media file, or accept its changed file, and record it',
  usage: USAGE,
  async run(args, io) {
    const f = parseFlags(args, {})
    const [projectFile, clipId, media, extra] = f.positional
    if (!projectFile || !clipId || extra !== undefined) {
      io.stderr.write(`kindframe relink: give the project, the clip id and optionally the new media file.\n\n${USAGE}\n`)
      return EXIT.usage
    }
    const opened = await openProject(projectFile)
    const clip = opened.project.clips.find((c) => c.id === clipId)
    if (!clip) throw new KindframeError('not-found', `Clip "${clipId}" is not in the project (clips: ${opened.project.clips.map((c) => c.id).join(', ') || 'none'}).`)
    const path = media ?? (await locateMedia(opened.path, clip.media))
    const { clip: next } = await relinkClip(opened.path, clip, path)
    await saveProject(opened.path, { ...opened.project, clips: opened.project.clips.map((c) => (c.id === clipId ? next : c)) }, { baseFingerprint: opened.fingerprint })
    const fp = next.mediaFingerprint!
    io.stdout.write(safeText(`${clipId} → ${next.media} (${(fp.sizeBytes / 1_000_000).toFixed(1)} MB, sha256 ${fp.sha256.slice(0, 12)}…) recorded.\n`))
    return EXIT.ok
  }
}
