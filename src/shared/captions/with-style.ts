import type { Project } from '../project/schema'
import type { CaptionPresetName } from './style-schema'

/**
 * The project with one caption style for every clip (`kindframe export --caption-style NAME`): the
 * project's choice becomes that preset (its own options kept when it already was that preset) and clip
 * overrides are set aside for this export. Pure: the project file is not changed.
 */
export function withCaptionStyle(project: Project, preset: CaptionPresetName): Project {
  const options = project.caption?.preset === preset ? project.caption.options : undefined
  return {
    ...project,
    caption: options ? { preset, options } : { preset },
    clips: project.clips.map((clip) => {
      if (!clip.caption) return clip
      const { caption: _ignored, ...rest } = clip
      return rest
    })
  }
}
