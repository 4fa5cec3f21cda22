import JASSUB from 'jassub'
import workerUrl from 'jassub/dist/worker/worker.js?worker&url'
import wasmUrl from 'jassub/dist/wasm/jassub-worker.wasm?url'
import modernWasmUrl from 'jassub/dist/wasm/jassub-worker-modern.wasm?url'
import { getPlatform } from '../../platform'

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
  private constructor(
    private readonly jassub: JASSUB,
    private readonly frame: RenderFrame
  ) {}

  /** Starts libass; rejects when WASM, workers or OffscreenCanvas are unavailable so the caller can fall back. */
  static async start(canvas: HTMLCanvasElement, ass: string, frame: RenderFrame, defaultFont: string): Promise<LibassRenderer> {
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
    return new LibassRenderer(jassub, frame)
  }

  setTrack(ass: string): Promise<void> {
    return Promise.resolve(this.jassub.renderer.setTrack(ass))
  }

  render(ms: number): Promise<void> {
    return this.jassub.manualRender({ mediaTime: ms / 1000, width: this.frame.width, height: this.frame.height, expectedDisplayTime: performance.now() }, true)
  }

  destroy(): void {
    void this.jassub.destroy().catch(() => undefined)
  }
}
