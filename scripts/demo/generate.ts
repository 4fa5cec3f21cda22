import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { resolveFfmpeg, runFfmpeg } from '../../src/main/services/ffmpeg/runner'
import { probeMedia } from '../../src/main/services/ffmpeg/probe'
import { fingerprintMedia } from '../../src/main/services/media/fingerprint'
import { saveProject } from '../../src/main/services/project/store'
import { Clip, Cue, newProject, type Project } from '../../src/shared/project/schema'
import { setTranslation } from '../../src/shared/subtitles/translations'
import { creatorPhotoArgs, storyVideoArgs } from './lavfi'
import { END_CARD_MESSAGE, SERIES_TITLE, STORIES, type DemoStory } from './series'

export const DEMO_PROJECT_FILE = 'createkindness.kindframe'

export interface DemoSeries {
  projectPath: string
  project: Project
  /** Media files made on this run (0 when everything was already there). */
  generated: string[]
}

/**
 * Writes the demo series into `dir`: media/<id>.mp4 and photos/<id>.png (made with ffmpeg's lavfi
 * sources, only when missing, each written to a temp name and renamed so an interrupted run
 * never leaves a half file that a later run would trust) and `createkindness.kindframe`, saved
 * through the project store (atomic, with a .bak of the previous run's file).
 */
export async function generateDemoSeries(dir: string): Promise<DemoSeries> {
  const root = resolve(dir)
  mkdirSync(join(root, 'media'), { recursive: true })
  mkdirSync(join(root, 'photos'), { recursive: true })
  await resolveFfmpeg() // no ffmpeg: fail now with the install hint, not after the first story
  const generated: string[] = []

  const project = newProject(SERIES_TITLE, 'en')
  project.targetLocales = ['ms']
  project.endCard = { ...project.endCard, enabled: true, durationMs: 3000, message: { ...END_CARD_MESSAGE } }

  for (const story of STORIES) {
    const media = join(root, 'media', `${story.id}.mp4`)
    const photo = join(root, 'photos', `${story.id}.png`)
    if (await makeOnce(media, (tmp) => runFfmpeg({ id: `demo-${story.id}-video`, args: storyVideoArgs(story, tmp), partialPaths: [tmp] }))) generated.push(media)
    if (await makeOnce(photo, (tmp) => runFfmpeg({ id: `demo-${story.id}-photo`, args: creatorPhotoArgs(story.creator, tmp), partialPaths: [tmp] }))) generated.push(photo)
    project.clips.push(await clipFor(story, media))
  }

  const projectPath = join(root, DEMO_PROJECT_FILE)
  await saveProject(projectPath, project)
  return { projectPath, project, generated }
}

async function makeOnce(out: string, make: (tmp: string) => Promise<unknown>): Promise<boolean> {
  if (existsSync(out)) return false
  const tmp = out.replace(/(\.\w+)$/, '.part$1') // keep the extension: ffmpeg picks the format from it
  try {
    await make(tmp)
    renameSync(tmp, out)
    return true
  } catch (err) {
    rmSync(tmp, { force: true })
    throw err
  }
}

async function clipFor(story: DemoStory, mediaPath: string): Promise<Clip> {
  const cues = story.cues.map((c, i) => Cue.parse({ id: `${story.id}-${i + 1}`, startMs: c.startMs, endMs: c.endMs, text: c.text, speaker: c.speaker }))
  let track = { cues, translations: {} as Clip['track']['translations'] }
  story.cues.forEach((c, i) => (track = setTranslation(track, 'ms', cues[i].id, c.ms, 'done')))
  // The import record pre-flight checks the file against; without recordedAt, so a re-run (same media) saves the same project.
  const { recordedAt: _at, ...mediaFingerprint } = await fingerprintMedia(mediaPath)
  return Clip.parse({
    id: story.id,
    title: story.title,
    media: `media/${story.id}.mp4`,
    probe: await probeMedia(mediaPath),
    mediaFingerprint,
    creator: { name: story.creator.name, handle: story.creator.handle, photo: `photos/${story.id}.png` },
    script: story.script,
    track,
    fit: 'blur'
  })
}
