import { resolve } from 'node:path'
import { KindframeError } from '../../../shared/errors'
import { relativeMediaPath } from '../../../shared/project/media-path'
import type { Clip } from '../../../shared/project/schema'
import { probeFile } from '../ffmpeg/probe'
import { fingerprintMedia } from '../media/fingerprint'

/**
 * Points a clip at a moved or replaced media file: the new file is probed (so a wrong pick is
 * refused with the usual reasons) and stored relative to the project file, with a new import record.
 * Relinking a clip to the file it already has is how "accept the file as it is now" is done.
 */
export async function relinkClip(projectPath: string | null, clip: Clip, mediaPath: string): Promise<{ clip: Clip }> {
  const probed = await probeFile(mediaPath)
  if (probed.still) throw new KindframeError('not-media', `${probed.path}: is a still image; a clip needs a video.`)
  const project = projectPath === null ? null : resolve(projectPath)
  return {
    clip: {
      ...clip,
      media: relativeMediaPath(project, probed.path),
      probe: probed.probe,
      mediaFingerprint: await fingerprintMedia(probed.path)
    }
  }
}
