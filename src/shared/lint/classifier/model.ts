/**
 * The kindness lint's statistical second opinion: a logistic-regression model over hashed features
 * (features.ts), shipped as JSON so the renderer bundle can import it. Pure and environment-neutral.
 *
 * File format (version 1):
 *   {
 *     "format": "kindframe.kindness-logreg", "version": 1, "locale": "en",
 *     "features": { "scheme": "kf-hash-v1", "bits": 17 },
 *     "bias": -1.23,                  // intercept (float)
 *     "scale": 0.0123,                // weight i = int8 weights[i] × scale
 *     "weights": "base64…",           // 2^bits signed bytes, standard base64 with padding
 *     "threshold": 0.71,              // decision threshold on the probability (chosen on dev data)
 *     "card": { … }                   // data card: sources, licences, sizes, split, metrics (free-form object)
 *   }
 * `parseModel` validates every field and decodes the weights once; `scoreText` is then a sparse dot
 * product: P(abusive/offensive toward people) = sigmoid(bias + scale × Σ weights[i] × x[i]).
 */
import { dotFeatures, FEATURE_SCHEME, MAX_BITS, MIN_BITS, type SparseVector } from './features'

export const MODEL_FORMAT = 'kindframe.kindness-logreg'
export const MODEL_VERSION = 1

export interface Model {
  locale: string
  bits: number
  bias: number
  scale: number
  weights: Int8Array
  threshold: number
  card: Record<string, unknown>
}

/** The JSON shape written by the training script and read by parseModel. */
export interface ModelJson {
  format: typeof MODEL_FORMAT
  version: typeof MODEL_VERSION
  locale: string
  features: { scheme: string; bits: number }
  bias: number
  scale: number
  weights: string
  threshold: number
  card?: Record<string, unknown>
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const B64_INDEX = new Int16Array(128).fill(-1)
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i

/** Standard base64 (with padding) of raw bytes. */
export function encodeBase64(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]
    const b = i + 1 < bytes.length ? bytes[i + 1] : 0
    const c = i + 2 < bytes.length ? bytes[i + 2] : 0
    const n = (a << 16) | (b << 8) | c
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63]
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63] : '='
    out += i + 2 < bytes.length ? B64[n & 63] : '='
  }
  return out
}

/** Strict base64 decoding: throws a message (without prefix) saying what is wrong. */
export function decodeBase64(s: string): Uint8Array {
  if (s.length % 4 !== 0) throw new Error(`is not valid base64 (length ${s.length} is not a multiple of 4; truncated?)`)
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0
  const out = new Uint8Array((s.length / 4) * 3 - pad)
  let o = 0
  for (let i = 0; i < s.length; i += 4) {
    let n = 0
    for (let j = 0; j < 4; j++) {
      const pos = i + j
      const code = s.charCodeAt(pos)
      let v: number
      if (code === 61 /* = */ && pos >= s.length - pad) v = 0
      else {
        v = code < 128 ? B64_INDEX[code] : -1
        if (v < 0) throw new Error(`is not valid base64 (character ${JSON.stringify(s[pos])} at ${pos})`)
      }
      n = (n << 6) | v
    }
    if (o < out.length) out[o++] = (n >> 16) & 255
    if (o < out.length) out[o++] = (n >> 8) & 255
    if (o < out.length) out[o++] = n & 255
  }
  return out
}

/**
 * Float weights → int8 with one scale. The scale maps the `clipQuantile` quantile of |w| (over the
 * non-zero weights) to 127, so a handful of extreme weights do not crush the resolution of the rest;
 * larger weights are clipped to ±127.
 */
export function quantizeWeights(
  w: ArrayLike<number>,
  clipQuantile = 0.9995
): { scale: number; weights: Int8Array; base64: string } {
  const abs: number[] = []
  for (let i = 0; i < w.length; i++) if (w[i] !== 0) abs.push(Math.abs(w[i]))
  abs.sort((a, b) => a - b)
  const ref = abs.length ? abs[Math.min(abs.length - 1, Math.floor(clipQuantile * (abs.length - 1)))] : 1
  const scale = ref > 0 ? ref / 127 : 1
  const q = new Int8Array(w.length)
  for (let i = 0; i < w.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round(w[i] / scale)))
  return { scale, weights: q, base64: encodeBase64(new Uint8Array(q.buffer, q.byteOffset, q.byteLength)) }
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)
const describe = (x: unknown) =>
  x === null
    ? 'null'
    : Array.isArray(x)
      ? 'an array'
      : typeof x === 'string'
        ? `the string ${JSON.stringify(x.length > 40 ? x.slice(0, 40) + '…' : x)}`
        : typeof x === 'number'
          ? String(x)
          : typeof x

/** Validates a model JSON (as imported or JSON.parse'd) and decodes its weights. Throws on any defect. */
export function parseModel(json: unknown): Model {
  if (!isObject(json)) throw new Error(`kindness model: expected an object, got ${describe(json)}`)
  const locale = typeof json.locale === 'string' && json.locale.trim() !== '' ? json.locale : undefined
  const who = `kindness model ${locale ?? '?'}`
  const fail = (msg: string): never => {
    throw new Error(`${who}: ${msg}`)
  }
  if (!('locale' in json)) fail('missing field "locale"')
  if (locale === undefined) fail(`"locale" must be a non-empty string, got ${describe(json.locale)}`)
  for (const field of ['format', 'version', 'features', 'bias', 'scale', 'weights', 'threshold']) {
    if (!(field in json) || json[field] === undefined) fail(`missing field "${field}"`)
  }
  if (json.format !== MODEL_FORMAT) fail(`"format" must be "${MODEL_FORMAT}", got ${describe(json.format)}`)
  if (json.version !== MODEL_VERSION)
    fail(`unsupported "version" ${describe(json.version)} (this build reads version ${MODEL_VERSION})`)

  const features = json.features
  if (!isObject(features)) fail(`"features" must be an object, got ${describe(features)}`)
  const f = features as Record<string, unknown>
  if (!('scheme' in f)) fail('missing field "features.scheme"')
  if (f.scheme !== FEATURE_SCHEME)
    fail(`"features.scheme" is ${describe(f.scheme)} but this build extracts "${FEATURE_SCHEME}"`)
  if (!('bits' in f)) fail('missing field "features.bits"')
  const bits = f.bits
  if (typeof bits !== 'number' || !Number.isInteger(bits) || bits < MIN_BITS || bits > MAX_BITS) {
    fail(`"features.bits" must be an integer in ${MIN_BITS}..${MAX_BITS}, got ${describe(bits)}`)
  }
  const b = bits as number

  const finite = (name: string, x: unknown): number => {
    if (typeof x !== 'number' || !Number.isFinite(x)) fail(`"${name}" must be a finite number, got ${describe(x)}`)
    return x as number
  }
  const bias = finite('bias', json.bias)
  const scale = finite('scale', json.scale)
  if (!(scale > 0)) fail(`"scale" must be positive, got ${scale}`)
  const threshold = finite('threshold', json.threshold)
  if (threshold < 0 || threshold > 1) fail(`"threshold" must be within 0..1, got ${threshold}`)

  if (typeof json.weights !== 'string') fail(`"weights" must be a base64 string, got ${describe(json.weights)}`)
  let bytes: Uint8Array
  try {
    bytes = decodeBase64(json.weights as string)
  } catch (e) {
    return fail(`weights ${(e as Error).message}`)
  }
  if (bytes.length !== 2 ** b) fail(`weights length ${bytes.length} does not match 2^${b}`)
  const weights = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length)
  for (let i = 0; i < weights.length; i++) {
    if (weights[i] === -128) fail(`weights[${i}] is -128 (int8 weights are symmetric, -127..127)`)
  }

  let card: Record<string, unknown> = {}
  if ('card' in json && json.card !== undefined) {
    if (!isObject(json.card)) fail(`"card" must be an object, got ${describe(json.card)}`)
    card = json.card as Record<string, unknown>
  }
  return { locale: locale as string, bits: b, bias, scale, weights, threshold, card }
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)))

/** Raw logit of a feature vector under the model (exported for training-side evaluation). */
export function logit(model: Model, x: SparseVector): number {
  let dot = 0
  for (let i = 0; i < x.indices.length; i++) dot += model.weights[x.indices[i]] * x.values[i]
  return model.bias + model.scale * dot
}

/** Probability (0–1) that `text` is abusive or offensive toward people. Empty text scores sigmoid(bias). */
export function scoreText(model: Model, text: string): number {
  return sigmoid(model.bias + model.scale * dotFeatures(text, model.bits, model.weights))
}

/** Score plus the model's own decision at its shipped threshold. */
export function classifyText(model: Model, text: string): { score: number; flagged: boolean } {
  const score = scoreText(model, text)
  return { score, flagged: score >= model.threshold }
}
