import { resolve } from 'node:path'
import { EXIT, type Command } from '../command'
import { defineCommand, parseCommandArgs, usageText, UsageError } from '../args'
import { toErrorBody } from '../../shared/errors'
import { normalizeHandle } from '../../shared/ass/end-card-messages'
import { relativeMediaPath } from '../../shared/project/media-path'
import { safeText } from '../../shared/safe-text'
import { displaySize } from '../../shared/project/media-probe'
import type { Clip } from '../../shared/project/schema'
import { formatTimecode } from '../../shared/time'
import { probeFile } from '../../main/services/ffmpeg/probe'
import { importMedia } from '../../main/services/media/import'
import { locateMedia } from '../../main/services/media/resolve'
import { thumbnail } from '../../main/services/media/thumbnail'
import { openProject, saveProject } from '../../main/services/project/store'

const SPEC = defineCommand({
  name: 'add',
  synopsis: '<project.kindframe> <media…> [options]',
  description: `Adds video files to a project as clips, with the same checks as the studio's import: each file is
probed (duration, size, frame rate, rotation, audio), a thumbnail frame is decoded, and its import
record (size, time, SHA-256) is kept so pre-flight can tell later whether it changed. Still images,
folders, truncated or non-media files are refused with the reason; one bad file never stops the
others. Media paths are stored relative to the project file.

The creator options describe the new clips; the end card shows the creator ("reveal the human").`,
  options: {
    title: { type: 'string', arg: 'T', help: "the clip's title (one media file only; default: from the file name)" },
    creator: { type: 'string', arg: 'NAME', help: "the creator's name" },
    handle: { type: 'string', arg: '@H', help: "the creator's @handle" },
    photo: {
      type: 'string',
      arg: 'FILE',
      help: "the creator's photo or short video (checked: an image or video ffmpeg can read)"
    },
    json: { type: 'boolean', help: 'one JSON object per file: {"path", "clip"} or {"path", "error": {code, message}}' }
  },
  exitCodes: `0 every file added · 3 a file was refused (the others were added) · 2 usage · 5 the project
changed on disk meanwhile (nothing written)`
})

/** The creator options, the photo checked like the studio's end-card photo (an image or a video), stored relative to the project. */
async function creatorFrom(
  projectPath: string,
  name?: string,
  handle?: string,
  photo?: string
): Promise<Partial<Clip['creator']>> {
  const out: Partial<Clip['creator']> = {}
  if (name !== undefined) out.name = name.trim()
  if (handle !== undefined) out.handle = normalizeHandle(handle)
  if (photo !== undefined) {
    const probed = await probeFile(photo)
    out.photo = relativeMediaPath(resolve(projectPath), probed.path)
  }
  return out
}

export const addCommand: Command = {
  name: 'add',
  summary: 'add video files to a project as clips (probe, thumbnail, import record)',
  usage: usageText(SPEC),
  async run(args, io) {
    const { values: f, positionals } = parseCommandArgs(SPEC, args)
    const [projectFile, ...media] = positionals
    const title = f.title
    if (!projectFile || media.length === 0 || (title !== undefined && media.length > 1)) {
      throw new UsageError(
        !projectFile
          ? 'give the project file and media files'
          : media.length === 0
            ? 'give at least one media file'
            : '--title names one clip: give one media file'
      )
    }
    const opened = await openProject(projectFile)
    const creator = await creatorFrom(opened.path, f.creator, f.handle, f.photo)
    const imported = await importMedia(opened.path, media, { takenIds: opened.project.clips.map((c) => c.id) })
    const result = {
      ...imported,
      clips: imported.clips.map((c) => ({ ...c, ...(title ? { title } : {}), creator: { ...c.creator, ...creator } }))
    }
    // The studio shows a thumbnail of every new clip; a file whose frames cannot be decoded is refused here.
    const added: Clip[] = []
    for (const clip of result.clips) {
      const abs = await locateMedia(opened.path, clip.media)
      try {
        await thumbnail(abs, { width: 160 })
        added.push(clip)
      } catch (err) {
        const e = toErrorBody(err)
        result.rejected.push({ path: abs, code: e.code, reason: e.message })
      }
    }
    if (added.length)
      await saveProject(
        opened.path,
        { ...opened.project, clips: [...opened.project.clips, ...added] },
        { baseFingerprint: opened.fingerprint }
      )
    const json = f.json === true
    for (const clip of added) {
      const path = await locateMedia(opened.path, clip.media)
      if (json) io.stdout.write(JSON.stringify({ path, clip }) + '\n')
      else {
        const p = clip.probe!
        const size = displaySize(p)
        io.stdout.write(
          safeText(
            `✓ ${clip.id}  "${clip.title}"  ${formatTimecode(p.durationMs)}  ${size.width}×${size.height}  ${p.fps} fps  ${p.hasAudio ? 'audio' : 'no audio'}  (${clip.media})\n`
          )
        )
      }
    }
    for (const r of result.rejected) {
      if (json) io.stdout.write(JSON.stringify({ path: r.path, error: { code: r.code, message: r.reason } }) + '\n')
      else io.stderr.write(`✗ ${r.reason}\n`)
    }
    if (!json)
      io.stdout.write(
        safeText(
          `${added.length} clip${added.length === 1 ? '' : 's'} added to ${opened.path}${result.rejected.length ? `, ${result.rejected.length} refused` : ''}.\n`
        )
      )
    return result.rejected.length ? EXIT.badInput : EXIT.ok
  }
}
