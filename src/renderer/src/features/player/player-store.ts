import { create } from 'zustand'

/**
 * Transport state of the preview player. Not part of the document (never saved, never undoable), so it
 * lives beside the player instead of in the studio store; the playhead itself stays in the store.
 */
export interface PlayerState {
  playing: boolean
  /** Shuttle speed: negative plays backwards (J), 0 is paused (K), positive forwards (L). */
  rate: number
  /** Loop this span while playing (the selected cue, or a span set on the timeline). */
  loop: { startMs: number; endMs: number } | null
  showSafeZone: boolean
  /** libass could not start in this browser: the subtitle layer is an HTML approximation. */
  approximate: boolean
  setPlaying(playing: boolean): void
  setRate(rate: number): void
  setLoop(loop: { startMs: number; endMs: number } | null): void
  toggleSafeZone(): void
  setApproximate(approximate: boolean): void
}

export const usePlayer = create<PlayerState>()((set) => ({
  playing: false,
  rate: 1,
  loop: null,
  showSafeZone: false,
  approximate: false,
  setPlaying: (playing) => set(playing ? { playing } : { playing, rate: 1 }),
  setRate: (rate) => set({ rate, playing: rate !== 0 }),
  setLoop: (loop) => set({ loop }),
  toggleSafeZone: () => set((s) => ({ showSafeZone: !s.showSafeZone })),
  setApproximate: (approximate) => set({ approximate })
}))

/** J/K/L shuttle as in NLEs: each press of J or L doubles the speed in its direction, K stops. */
export function shuttle(current: { playing: boolean; rate: number }, key: 'j' | 'k' | 'l'): number {
  if (key === 'k') return 0
  const dir = key === 'l' ? 1 : -1
  const rate = current.playing ? current.rate : 0
  if (rate === 0 || Math.sign(rate) !== dir) return dir
  return Math.max(-8, Math.min(8, rate * 2))
}

/** Next playhead time while playing, honouring the loop span and the end of the timeline. */
export function advance(
  ms: number,
  elapsedMs: number,
  rate: number,
  totalMs: number,
  loop: { startMs: number; endMs: number } | null
): { ms: number; stop: boolean } {
  let next = ms + elapsedMs * rate
  if (loop && loop.endMs > loop.startMs) {
    if (rate > 0 && next >= loop.endMs) next = loop.startMs + ((next - loop.startMs) % (loop.endMs - loop.startMs))
    if (rate < 0 && next < loop.startMs) next = loop.endMs - ((loop.startMs - next) % (loop.endMs - loop.startMs))
    return { ms: next, stop: false }
  }
  if (next >= totalMs) return { ms: totalMs, stop: true }
  if (next <= 0) return { ms: 0, stop: true }
  return { ms: next, stop: false }
}
