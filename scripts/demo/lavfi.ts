import type { DemoAudio, DemoStory } from './series'

/**
 * ffmpeg argument arrays (never shell strings) that draw each demo story with lavfi sources:
 * a slowly moving gradient, and three simple characters — the one picked on (centre), the bully
 * who closes in during the first half and backs off in the second, and the friend who walks in
 * from the right and stands beside them. Cheap to render at the clip's native size.
 */
const FPS = 30
const hex = (c: string) => `0x${c.replace('#', '')}`
const even = (n: number) => Math.max(2, Math.round(n / 2) * 2)

export function storyVideoArgs(story: DemoStory, outPath: string): string[] {
  const { width: W, height: H, durationS: D, palette } = story
  const S = Math.min(W, H)
  const half = D / 2
  const target = { w: even(S * 0.14), h: even(S * 0.3) }
  const bully = { w: even(S * 0.17), h: even(S * 0.36) }
  const friend = { w: even(S * 0.14), h: even(S * 0.3) }
  const floor = Math.round(H * 0.82)
  const targetX = Math.round(W * 0.5 - target.w / 2)
  const bullyStart = Math.round(W * 0.04)
  const bullyStop = targetX - bully.w - Math.round(S * 0.04)
  const friendStop = targetX + target.w + Math.round(S * 0.04)

  const color = (c: string, s: { w: number; h: number }) => `color=c=${hex(c)}:s=${s.w}x${s.h}:r=${FPS}:d=${D}`
  const inputs = [
    '-f', 'lavfi', '-i', `gradients=s=${W}x${H}:c0=${hex(palette.from)}:c1=${hex(palette.to)}:speed=0.015:r=${FPS}:d=${D}`,
    '-f', 'lavfi', '-i', color(palette.target, target),
    '-f', 'lavfi', '-i', color(palette.bully, bully),
    '-f', 'lavfi', '-i', color(palette.friend, friend)
  ]
  // Quoted expressions: inside '…' the filtergraph parser takes commas and colons literally.
  const bullyX = `${bullyStart}+${bullyStop - bullyStart}*min(t,${half})/${half}-max(0,t-${half})*${Math.round(W * 0.3)}`
  const targetY = `${floor - target.h}+if(lt(t,${half}),${Math.max(1, Math.round(S * 0.006))}*sin(t*25),0)` // trembles, then steadies
  const friendX = `max(${friendStop},W-(t-${half * 0.8})*${Math.round(W * 0.6)})`
  const video =
    `[0][2]overlay=x='${bullyX}':y=${floor - bully.h}[a];` +
    `[a][1]overlay=x=${targetX}:y='${targetY}'[b];` +
    `[b][3]overlay=x='${friendX}':y=${floor - friend.h}:enable='gte(t,${half * 0.8})',format=yuv420p[v]`

  const { audioInputs, audioGraph } = audioFor(story.audio, D, inputs.length / 4)
  const args = ['-y', '-hide_banner', '-loglevel', 'error', ...inputs, ...audioInputs, '-filter_complex', video + audioGraph, '-map', '[v]']
  if (audioGraph) args.push('-map', '[aout]', '-c:a', 'aac', '-b:a', '128k', '-ar', '48000', '-ac', '2')
  args.push('-c:v', 'libx264', '-preset', 'ultrafast', '-crf', '23', '-r', String(FPS), '-t', String(D), '-movflags', '+faststart', outPath)
  return args
}

function audioFor(audio: DemoAudio, D: number, firstIndex: number): { audioInputs: string[]; audioGraph: string } {
  if (audio.kind === 'none') return { audioInputs: [], audioGraph: '' }
  const fade = `afade=t=in:d=0.3,afade=t=out:st=${D - 0.5}:d=0.5`
  const tone = (hz: number[]) => {
    const expr = hz.map((f) => `0.12*sin(2*PI*${f}*t)`).join('+')
    return `aevalsrc=exprs='${expr}|${expr}':s=48000:d=${D}`
  }
  if (audio.kind === 'tones') {
    return { audioInputs: ['-f', 'lavfi', '-i', tone(audio.hz)], audioGraph: `;[${firstIndex}]${fade}[aout]` }
  }
  const noise = ['-f', 'lavfi', '-i', `anoisesrc=color=${audio.color}:amplitude=0.08:r=48000:d=${D}`]
  if (audio.toneHz === undefined) {
    return { audioInputs: noise, audioGraph: `;[${firstIndex}]aformat=channel_layouts=stereo,${fade}[aout]` }
  }
  return {
    audioInputs: [...noise, '-f', 'lavfi', '-i', tone([audio.toneHz])],
    audioGraph: `;[${firstIndex}]aformat=channel_layouts=stereo[n];[n][${firstIndex + 1}]amix=inputs=2:normalize=0,${fade}[aout]`
  }
}

/** A 256×256 "photo" for a fictional creator: a head-and-shoulders silhouette on a colour. */
export function creatorPhotoArgs(creator: { photoBg: string; photoFg: string }, outPath: string): string[] {
  const fg = hex(creator.photoFg)
  return [
    '-y', '-hide_banner', '-loglevel', 'error', '-f', 'lavfi',
    '-i', `color=c=${hex(creator.photoBg)}:s=256x256,drawbox=x=88:y=40:w=80:h=88:c=${fg}:t=fill,drawbox=x=48:y=148:w=160:h=108:c=${fg}@0.85:t=fill`,
    '-frames:v', '1', outPath
  ]
}
