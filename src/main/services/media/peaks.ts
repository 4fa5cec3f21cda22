/**
 * Waveform peaks from PCM samples, streaming: samples arrive in chunks of any size and each bucket
 * of 1/peaksPerSecond seconds keeps its max |sample|, scaled to 0..1. Pure (no Node APIs) so it is
 * unit-tested with plain arrays; memory stays O(peaks) however long the file is.
 */
export class PeakAccumulator {
  private readonly peaks: number[] = []
  private sampleIndex = 0

  constructor(
    private readonly sampleRate: number,
    private readonly peaksPerSecond: number,
    /** Full-scale value: 32768 for s16le, 1 for f32le. */
    private readonly fullScale: number
  ) {}

  push(samples: ArrayLike<number>): void {
    for (let i = 0; i < samples.length; i++, this.sampleIndex++) {
      // Integer maths for the bucket so 8000 Hz / 300 peaks/s does not drift with float error.
      const bucket = Math.floor((this.sampleIndex * this.peaksPerSecond) / this.sampleRate)
      const v = Math.min(1, Math.abs(samples[i]) / this.fullScale)
      while (this.peaks.length <= bucket) this.peaks.push(0)
      if (v > this.peaks[bucket]) this.peaks[bucket] = v
    }
  }

  /** Peaks rounded to 4 decimals (plenty for drawing; keeps the IPC payload small). */
  result(): number[] {
    return this.peaks.map((p) => Math.round(p * 10_000) / 10_000)
  }
}

export function computePeaks(
  samples: ArrayLike<number>,
  sampleRate: number,
  peaksPerSecond: number,
  fullScale: number
): number[] {
  const acc = new PeakAccumulator(sampleRate, peaksPerSecond, fullScale)
  acc.push(samples)
  return acc.result()
}
