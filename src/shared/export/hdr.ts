/**
 * Phone footage is HDR by default: 10-bit HEVC with the HLG transfer (Android, iPhone) or PQ
 * (HDR10, and Dolby Vision, whose profiles 8.1/8.4 carry an HDR10 or HLG base layer). Encoded as
 * 8-bit BT.709 without conversion it plays washed out and dark everywhere, and the burned-in
 * subtitles land in the wrong colour space. This pure module reads what ffprobe says about a video
 * stream and builds the tone-mapping filter that turns it into SDR BT.709 before anything else.
 */
export type HdrTransfer = 'hlg' | 'pq'

export interface HdrSource {
  transfer: HdrTransfer
  /** zscale names of the input's primaries, matrix and range (ffprobe's names mapped). */
  primaries: string
  matrix: string
  range: 'tv' | 'pc'
  /** Dolby Vision profile when the stream carries a DV configuration (its base layer is what we convert). */
  dolbyVision?: { profile: number; compatibility: number }
}

export type ColorVerdict = { kind: 'sdr' } | ({ kind: 'hdr' } & HdrSource) | { kind: 'unsupported'; reason: string }

/** The fields of an ffprobe video stream this needs (JSON shape; the flat keys of ffprobe's default writer work too). */
export interface ColorFields {
  color_transfer?: string
  color_primaries?: string
  color_space?: string
  color_range?: string
  side_data_list?: {
    side_data_type?: string
    dv_profile?: number | string
    dv_bl_signal_compatibility_id?: number | string
  }[]
  dv_profile?: number | string
  dv_bl_signal_compatibility_id?: number | string
}

const TRANSFERS: Record<string, HdrTransfer> = { 'arib-std-b67': 'hlg', smpte2084: 'pq' }
/** Dolby Vision base-layer signal compatibility ids (ETSI GS CCM 001 / Dolby's profiles doc). */
const DV_BASE: Record<number, HdrTransfer | 'sdr'> = { 1: 'pq', 6: 'pq', 2: 'sdr', 4: 'hlg' }

const num = (v: unknown) => (v === undefined || v === '' ? undefined : Number(v))

export function colorVerdict(s: ColorFields): ColorVerdict {
  const dvRecord = s.side_data_list?.find(
    (d) => /dovi|dolby/i.test(d.side_data_type ?? '') || d.dv_profile !== undefined
  )
  const dvProfile = num(dvRecord?.dv_profile ?? s.dv_profile)
  const dvCompat = num(dvRecord?.dv_bl_signal_compatibility_id ?? s.dv_bl_signal_compatibility_id)
  let transfer = TRANSFERS[s.color_transfer ?? '']
  let dolbyVision: HdrSource['dolbyVision']
  if (dvProfile !== undefined && Number.isFinite(dvProfile)) {
    const base = DV_BASE[dvCompat ?? 0]
    if (!base) {
      return {
        kind: 'unsupported',
        reason: `is Dolby Vision profile ${dvProfile} without an HDR10, HLG or SDR base layer, which ffmpeg cannot convert to normal colours. Export it from the phone or editor as HDR10, HLG or SDR ("Most Compatible") and import that`
      }
    }
    dolbyVision = { profile: dvProfile, compatibility: dvCompat ?? 0 }
    if (base === 'sdr') return { kind: 'sdr' }
    transfer ??= base
  }
  if (!transfer) return { kind: 'sdr' }
  return {
    kind: 'hdr',
    transfer,
    primaries: zscalePrimaries(s.color_primaries),
    matrix: zscaleMatrix(s.color_space),
    range: s.color_range === 'pc' ? 'pc' : 'tv',
    ...(dolbyVision ? { dolbyVision } : {})
  }
}

/**
 * ffprobe's names that zscale (ffmpeg 5.1) also knows; anything else (untagged, "unknown", a name
 * zscale would reject and fail the whole export on) is BT.2020, which every HDR stream is in practice.
 */
const ZSCALE_PRIMARIES = new Set(['bt2020', 'bt709', 'smpte432', 'smpte431', 'bt470bg', 'smpte170m'])
// bt2020c (constant luminance, practically unused) is read as bt2020nc: zimg cannot convert it to RGB.
const ZSCALE_MATRICES = new Set(['bt2020nc', 'bt709', 'bt470bg', 'smpte170m'])
function zscalePrimaries(p: string | undefined): string {
  return p && ZSCALE_PRIMARIES.has(p) ? p : 'bt2020'
}
function zscaleMatrix(m: string | undefined): string {
  return m && ZSCALE_MATRICES.has(m) ? m : 'bt2020nc'
}

/** Linear light is scaled so that 100 cd/m² (SDR white) is 1.0 before tone mapping. */
export const NOMINAL_PEAK_NITS = 100

/**
 * HDR → SDR BT.709, 8-bit 4:2:0: linearize (explicit input properties, so an untagged decoder
 * output cannot be misread), convert primaries in linear float, compress the highlights with
 * mobius (keeps SDR-range tones and colours nearly as they are, rolls off only what is brighter —
 * hable darkens the whole picture by a third), then encode BT.709.
 */
export function toneMapFilter(src: HdrSource): string {
  return [
    // p= repeats pin= so the frames carry their primaries even when the decoder left them untagged
    // (the next zscale converts from them; without a tag zimg refuses: "invalid colorspace definition").
    `zscale=tin=${src.transfer === 'hlg' ? 'arib-std-b67' : 'smpte2084'}:pin=${src.primaries}:min=${src.matrix}:rin=${src.range}:t=linear:p=${src.primaries}:npl=${NOMINAL_PEAK_NITS}`,
    'format=gbrpf32le',
    'zscale=p=bt709',
    'tonemap=tonemap=mobius:desat=0',
    'zscale=t=bt709:m=bt709:r=tv',
    'format=yuv420p'
  ].join(',')
}

/** What every output is tagged as, and what the export checks read back. */
export const OUTPUT_COLOR = { primaries: 'bt709', transfer: 'bt709', space: 'bt709', range: 'tv' } as const

/** Encoder flags that write OUTPUT_COLOR into the H.264 VUI and the MP4 colr box. */
export function outputColorArgs(): string[] {
  return [
    '-color_primaries',
    OUTPUT_COLOR.primaries,
    '-color_trc',
    OUTPUT_COLOR.transfer,
    '-colorspace',
    OUTPUT_COLOR.space,
    '-color_range',
    OUTPUT_COLOR.range
  ]
}

/** A short label for people: "HDR HLG", "Dolby Vision 8.4 (HLG)", "SDR". */
export function describeColor(v: ColorVerdict): string {
  if (v.kind === 'sdr') return 'SDR'
  if (v.kind === 'unsupported') return 'unsupported HDR'
  const t = v.transfer === 'hlg' ? 'HLG' : 'PQ'
  return v.dolbyVision ? `Dolby Vision ${v.dolbyVision.profile}.${v.dolbyVision.compatibility} (${t})` : `HDR ${t}`
}
