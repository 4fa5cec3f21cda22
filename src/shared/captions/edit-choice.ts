import type { Clip, Project } from '../project/schema'
import { CaptionOptionsShape, type CaptionChoice, type CaptionOverrides, type CaptionPresetName } from './style-schema'

/** Where a caption edit goes: the project's default, or one clip's override. */
export type CaptionScope = 'project' | 'clip'

/** The choice being edited at a scope (a clip without its own falls back to the project's, then Classic). */
export function choiceAt(project: Project, clip: Clip | undefined, scope: CaptionScope): CaptionChoice {
  return (scope === 'clip' ? clip?.caption : undefined) ?? project.caption ?? { preset: 'classic' }
}

/** A new preset keeps no options of the old one: each look starts from its own defaults. */
export function withPreset(preset: CaptionPresetName): CaptionChoice {
  return { preset }
}

/**
 * One option set on a choice, validated against the option's schema: an invalid value (a colour that is
 * not #RRGGBB, a size out of range) is refused with the schema's message and the choice is unchanged.
 */
export function withOption<K extends keyof CaptionOverrides>(
  choice: CaptionChoice,
  key: K,
  value: CaptionOverrides[K]
): { choice: CaptionChoice; error?: string } {
  const parsed = CaptionOptionsShape[key].safeParse(value)
  if (!parsed.success) return { choice, error: parsed.error.issues[0]?.message ?? 'invalid value' }
  return { choice: { ...choice, options: { ...(choice.options ?? {}), [key]: parsed.data } } }
}

/** The project with a caption choice at a scope (pure; the studio applies it as one undoable edit). */
export function setChoice(
  project: Project,
  clipId: string | null,
  scope: CaptionScope,
  choice: CaptionChoice | undefined
): Project {
  if (scope === 'project' || !clipId) {
    const { caption: _old, ...rest } = project
    return choice ? { ...rest, caption: choice } : rest
  }
  return {
    ...project,
    clips: project.clips.map((c) => {
      if (c.id !== clipId) return c
      const { caption: _old, ...rest } = c
      return choice ? { ...rest, caption: choice } : rest
    })
  }
}
