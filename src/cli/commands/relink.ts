import { EXIT, type Command } from '../command'
import { defineCommand, parseCommandArgs, usageText, UsageError } from '../args'
import { KindframeError } from '../../shared/errors'
import { safeText } from '../../shared/safe-text'
import { locateMedia } from '../../main/services/media/resolve'
import { relinkClip } from '../../main/services/project/relink'
import { openProject, saveProject } from '../../main/services/project/store'

const SPEC = defineCommand({
  name: 'relink',
  synopsis: '<project.kindframe> <clip-id> [<media>]',
  description: `Points a clip at a media file and records it anew (probe + size, time, SHA-256). With <media>: a
moved or replaced file. Without it: accepts the clip's current file as it is now — what to do when
pre-flight says "the media file changed since it was imported" and the change is intended (check
the subtitle timing against the new file first).`,
  options: {},
  exitCodes: '0 relinked · 2 usage · 3 the file is missing or not a video · 5 the project changed on disk meanwhile'
})

export const relinkCommand: Command = {
  name: 'relink',
  summary: 'point a clip at a (new) media file, or accept its changed file, and record it',
  usage: usageText(SPEC),
  async run(args, io) {
    const [projectFile, clipId, media, extra] = parseCommandArgs(SPEC, args).positionals
    if (!projectFile || !clipId || extra !== undefined)
      throw new UsageError('give the project, the clip id and optionally the new media file')
    const opened = await openProject(projectFile)
    const clip = opened.project.clips.find((c) => c.id === clipId)
    if (!clip)
      throw new KindframeError(
        'not-found',
        `Clip "${clipId}" is not in the project (clips: ${opened.project.clips.map((c) => c.id).join(', ') || 'none'}).`
      )
    const path = media ?? (await locateMedia(opened.path, clip.media))
    const { clip: next } = await relinkClip(opened.path, clip, path)
    await saveProject(
      opened.path,
      { ...opened.project, clips: opened.project.clips.map((c) => (c.id === clipId ? next : c)) },
      { baseFingerprint: opened.fingerprint }
    )
    const fp = next.mediaFingerprint!
    io.stdout.write(
      safeText(
        `${clipId} → ${next.media} (${(fp.sizeBytes / 1_000_000).toFixed(1)} MB, sha256 ${fp.sha256.slice(0, 12)}…) recorded.\n`
      )
    )
    return EXIT.ok
  }
}
