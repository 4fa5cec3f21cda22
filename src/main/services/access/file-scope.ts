import { realpath, stat } from 'node:fs/promises'
import { dirname, extname, isAbsolute, resolve, sep } from 'node:path'
import { KindframeError } from '../../../shared/errors'
import { effectiveEndCard } from '../../../shared/export/ass-input'
import type { Project } from '../../../shared/project/schema'
import { resolveMedia } from '../media/resolve'

/**
 * What this session may hand to the renderer as bytes (the player's media URLs: the bridge's
 * /api/media, Electron's kindframe-media://) and where it may save projects. Without it a client
 * holding the bridge token, or a compromised renderer, could read any file (`/etc/shadow`) or
 * write a "project" over `~/.bashrc`.
 *
 * READ: a regular file, by its real path (symlinks resolved), that main itself resolved:
 * - verified, under any name: a native dialog pick, a file main probed and found to be a picture,
 *   video or audio (media.import, media.probe, project.relink);
 * - named only, so it must also carry a picture, video, audio or font extension: the media of a
 *   project main read from disk (project.open, project.recover — a project file can name anything),
 *   files in the folder of a project main opened or saved (that folder only, not below it), bridge
 *   uploads (the import folder), the shipped fonts.
 * Nothing else, whatever the client asks for.
 *
 * SAVE: a project is written only to a `.kindframe` file (its real path too: a `.kindframe` symlink
 * to `~/.bashrc` is refused). Where the host has native dialogs (Electron), also only to a path the
 * user chose: a Save dialog pick, or a project this session opened or saved. On the bridge a typed
 * path is the user's only way to choose, so the extension rule is what holds there.
 */
export const SERVABLE_EXTENSIONS: ReadonlySet<string> = new Set([
  '.mp4',
  '.m4v',
  '.mov',
  '.webm',
  '.mkv',
  '.avi',
  '.mts',
  '.m2ts',
  '.3gp',
  '.mp3',
  '.m4a',
  '.aac',
  '.wav',
  '.ogg',
  '.oga',
  '.opus',
  '.flac',
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.webp',
  '.bmp',
  '.avif',
  '.heic',
  '.heif',
  '.ttf',
  '.otf',
  '.woff',
  '.woff2'
])

export const PROJECT_EXTENSION = '.kindframe'

export function isServableName(path: string): boolean {
  return SERVABLE_EXTENSIONS.has(extname(path).toLowerCase())
}

export interface FileScopeOptions {
  /** Saves only to paths the user picked or opened (hosts with native dialogs: Electron). */
  savesNeedAChoice: boolean
}

export class FileScope {
  /** Exact files → verified (a pick or a successful probe: any name is fine). */
  private readonly files = new Map<string, boolean>()
  /** Folder → whether files below it (not only in it) are covered. */
  private readonly folders = new Map<string, boolean>()
  private readonly saveTargets = new Set<string>()

  constructor(readonly options: FileScopeOptions) {}

  /** One file (its path as given and its real path); `verified` when a pick or a probe vouches for it. */
  async grantFile(path: string, verified: boolean): Promise<void> {
    for (const p of await forms(path)) this.files.set(p, verified || this.files.get(p) === true)
  }

  /** Files in `folder` (and below it when `recursive`). */
  async grantFolder(folder: string, recursive: boolean): Promise<void> {
    for (const p of await forms(folder)) this.folders.set(p, recursive || this.folders.get(p) === true)
  }

  /**
   * A project main read from disk: its folder, and every clip's media and end-card photo as
   * resolved against it. `fromDisk` false (a client's save): the folder only, never the media it names.
   */
  async grantProject(projectPath: string | null, project: Project, fromDisk: boolean): Promise<void> {
    const abs = projectPath === null ? null : resolve(projectPath)
    if (abs !== null) await this.grantFolder(dirname(abs), false)
    if (!fromDisk) return
    const refs = new Set<string>()
    for (const clip of project.clips) {
      refs.add(clip.media)
      const card = effectiveEndCard(project, clip)
      if (card.media) refs.add(card.media)
      if (clip.creator.photo) refs.add(clip.creator.photo)
    }
    await Promise.all([...refs].map(async (ref) => this.grantFile((await resolveMedia(abs, ref)).path, false)))
  }

  /** The real path of `path` when the renderer may load it; otherwise a KindframeError saying why. */
  async readable(path: string): Promise<string> {
    if (!isAbsolute(path)) throw new KindframeError('not-permitted', `Media paths must be absolute, got "${path}".`)
    const abs = resolve(path)
    const verifiedByName = this.files.get(abs) === true
    if (!verifiedByName && !isServableName(abs)) {
      throw new KindframeError(
        'not-permitted',
        `${abs}: not a picture, video, audio or font file; the player is only given media files.`
      )
    }
    const real = await realpath(abs).catch(() => {
      throw new KindframeError('not-found', `${abs}: no such file.`)
    })
    const verified = this.files.get(real) === true
    if (!verified && (!isServableName(real) || !this.covers(real))) {
      throw new KindframeError(
        'not-permitted',
        `${abs}: not a file this studio opened. Import it, pick it with Browse…, drop it on the window, or put it next to the project.`
      )
    }
    const info = await stat(real).catch(() => undefined)
    if (!info?.isFile()) throw new KindframeError('not-found', `${abs}: not a regular file.`)
    return real
  }

  /** The user chose `path` as a place to save (a Save dialog pick, or a project opened/saved here). */
  chooseSaveTarget(path: string): void {
    const abs = resolve(path)
    this.saveTargets.add(abs)
    // The studio adds the extension to a picked name that lacks it.
    if (extname(abs).toLowerCase() !== PROJECT_EXTENSION) this.saveTargets.add(abs + PROJECT_EXTENSION)
  }

  /** Refuses a save target outside the rules above; returns the absolute path to write. */
  async checkSaveTarget(path: string): Promise<string> {
    const abs = resolve(path)
    if (extname(abs).toLowerCase() !== PROJECT_EXTENSION) {
      throw new KindframeError(
        'not-permitted',
        `${abs}: projects are saved only as ${PROJECT_EXTENSION} files; choose a name ending in ${PROJECT_EXTENSION}.`
      )
    }
    const real = await realpath(abs).catch(() => abs)
    if (extname(real).toLowerCase() !== PROJECT_EXTENSION) {
      throw new KindframeError(
        'not-permitted',
        `${abs}: it links to ${real}, which is not a ${PROJECT_EXTENSION} file; not written.`
      )
    }
    if (this.options.savesNeedAChoice && !this.saveTargets.has(abs)) {
      throw new KindframeError(
        'not-permitted',
        `${abs}: choose where to save with Save as… › Browse… (Kindframe saves only to a file you picked or opened).`
      )
    }
    return abs
  }

  private covers(real: string): boolean {
    if (this.files.has(real)) return true
    for (const [folder, recursive] of this.folders) {
      if (dirname(real) === folder) return true
      if (recursive && real.startsWith(folder.endsWith(sep) ? folder : folder + sep)) return true
    }
    return false
  }
}

/** The path as given (resolved) and, when it exists, its real path: symlinked folders match either way. */
async function forms(path: string): Promise<string[]> {
  const abs = resolve(path)
  const real = await realpath(abs).catch(() => undefined)
  return real && real !== abs ? [abs, real] : [abs]
}
