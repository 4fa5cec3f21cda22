import JASSUB from 'jassub'
import workerUrl from 'jassub/dist/worker/worker.js?worker&url'
import wasmUrl from 'jassub/dist/wasm/jassub-worker.wasm?url'
import modernWasmUrl from 'jassub/dist/wasm/jassub-worker-modern.wasm?url'
import { getPlatform } from '../../platform'

/** What libass put on screen: the time and the ASS it was drawn from. */
export interface DrawnFrame {
  ms: number
  track: string
}

/** The frame libass lays the subtitles out in: the export preset's size (PlayResX/Y of the ASS). */
export interface RenderFrame {
  width: number
  height: number
}

let fontList: Promise<{ family: string; url: string }[]> | null = null

/** The shipped fonts (the same files the export's `ass` filter gets as fontsdir), fetched once. */
function shippedFonts() {
  fontList ??= getPlatform()
    .client['fonts.list']({})
    .then((r) => r.fonts.map((f) => ({ family: f.family, url: f.url })))
    .catch(() => [])
  return fontList
}

const READY_TIMEOUT_MS = 15_000

function nextFrames(n: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left <= 0 ? resolve() : requestAnimationFrame(() => step(left - 1)))
    step(n)
  })
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} timed out`)), ms)
    p.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e))
    )
  })
}

/**
 * libass (jassub, WASM in a worker) drawing onto a canvas the size of the stage. The player drives time
 * itself (`render(ms)`), because the stage is not the video: the video is fitted inside it and the end
 * card plays after it, exactly like the export's filter graph.
 */
export class LibassRenderer {
  /**
   * Every call to libass goes through this queue, one at a time. jassub's manualRender returns at once
   * WITHOUT drawing when a frame is already in flight (`_demandRender`: `if (this.busy) { this._skipped
   * = true; return }`), so a resolved promise would not prove that the asked-for time was drawn.
   */
  private queue: Promise<unknown> = Promise.resolve()
  /** A render waiting in the queue, which later requests merge into. */
  private waiting: { ms: number; settle: { resolve(f: DrawnFrame): void; reject(e: unknown): void }[] } | null = null
  /** The ASS libass holds now (set when setTrack has gone through). */
  private track: string

  private constructor(
    private readonly jassub: JASSUB,
    private readonly frame: RenderFrame,
    initialTrack: string
  ) {
    this.track = initialTrack
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work)
    this.queue = next.catch(() => undefined)
    return next
  }

  /** Starts libass; rejects when WASM, workers or OffscreenCanvas are unavailable so the caller can fall back. */
  static async start(
    canvas: HTMLCanvasElement,
    ass: string,
    frame: RenderFrame,
    defaultFont: string
  ): Promise<LibassRenderer> {
    const fonts = await shippedFonts()
    const availableFonts: Record<string, string> = {}
    for (const f of fonts) availableFonts[f.family.toLowerCase()] ??= f.url
    const jassub = new JASSUB({
      canvas,
      subContent: ass,
      workerUrl,
      wasmUrl,
      modernWasmUrl,
      fonts: fonts.map((f) => f.url),
      availableFonts,
      defaultFont: availableFonts[defaultFont.toLowerCase()] ? defaultFont : undefined,
      queryFonts: false
    })
    try {
      await withTimeout(jassub.ready, READY_TIMEOUT_MS, 'libass start')
      // The worker swallows its own start-up errors (it logs them); a real round trip proves it runs.
      await withTimeout(Promise.resolve(jassub.renderer.getStyles()), READY_TIMEOUT_MS, 'libass handshake')
    } catch (e) {
      void jassub.destroy().catch(() => undefined)
      throw e
    }
    return new LibassRenderer(jassub, frame, ass)
  }

  setTrack(ass: string): Promise<void> {
    return this.enqueue(async () => {
      await this.jassub.renderer.setTrack(ass)
      this.track = ass
    })
  }

  /**
   * Draws `ms`. Requests that arrive while one is waiting in the queue merge into it (only the newest
   * time matters: playback asks every frame), so the queue never grows. Resolves once the frame is
   * drawn and presented, with what was drawn: the time and the ASS loaded at that moment.
   */
  render(ms: number): Promise<DrawnFrame> {
    return new Promise((resolve, reject) => {
      if (this.waiting) {
        this.waiting.ms = ms
        this.waiting.settle.push({ resolve, reject })
        return
      }
      const request = { ms, settle: [{ resolve, reject }] }
      this.waiting = request
      void this.enqueue(async () => {
        this.waiting = null
        const drawn: DrawnFrame = { ms: request.ms, track: this.track }
        try {
          await this.jassub.manualRender(
            {
              mediaTime: drawn.ms / 1000,
              width: this.frame.width,
              height: this.frame.height,
              expectedDisplayTime: performance.now()
            },
            true
          )
          // The worker's OffscreenCanvas reaches the screen with the next frames, not with the promise.
          await nextFrames(2)
          for (const s of request.settle) s.resolve(drawn)
        } catch (e) {
          for (const s of request.settle) s.reject(e)
        }
      })
    })
  }

  destroy(): void {
    void this.jassub.destroy().catch(() => undefined)
  }
}
