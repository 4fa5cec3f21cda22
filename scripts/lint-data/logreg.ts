/**
 * The logistic regression both kindness-model trainers share: L2-regularised log loss over hashed
 * features (src/shared/lint/classifier/features.ts), AdaGrad, classes weighted to equal total weight,
 * a fixed seed and a fixed number of epochs (deterministic: same data → same weights), and the
 * int8-quantised model that ships.
 */
import { FEATURE_SCHEME, type SparseVector } from '../../src/shared/lint/classifier/features'
import {
  MODEL_FORMAT,
  MODEL_VERSION,
  parseModel,
  quantizeWeights,
  type Model,
  type ModelJson
} from '../../src/shared/lint/classifier/model'
import { mulberry32, shuffleInPlace } from './realtext'

export interface Example {
  x: SparseVector
  y: 0 | 1
}

export interface TrainOptions {
  bits: number
  l2: number
  epochs: number
  learningRate: number
  seed: number
}

export const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)))

/** AdaGrad SGD on weighted log loss + (l2/2)·|w|² (L2 applied lazily on the features an example touches). */
export function train(
  examples: Example[],
  { bits, l2, epochs, learningRate, seed }: TrainOptions
): { w: Float64Array; bias: number } {
  const dim = 2 ** bits
  const w = new Float64Array(dim)
  const g2 = new Float64Array(dim)
  let bias = 0
  let g2b = 0
  const npos = examples.filter((e) => e.y === 1).length
  const nneg = examples.length - npos
  const cw = [examples.length / (2 * nneg), examples.length / (2 * npos)]
  const order = examples.map((_, i) => i)
  const rand = mulberry32(seed)
  const eps = 1e-8
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffleInPlace(order, rand)
    for (const i of order) {
      const { x, y } = examples[i]
      let z = bias
      for (let k = 0; k < x.indices.length; k++) z += w[x.indices[k]] * x.values[k]
      const err = (sigmoid(z) - y) * cw[y]
      for (let k = 0; k < x.indices.length; k++) {
        const j = x.indices[k]
        const g = err * x.values[k] + l2 * w[j]
        g2[j] += g * g
        w[j] -= (learningRate * g) / (Math.sqrt(g2[j]) + eps)
      }
      g2b += err * err
      bias -= (learningRate * err) / (Math.sqrt(g2b) + eps)
    }
  }
  return { w, bias }
}

export function toModel(
  locale: string,
  bits: number,
  w: Float64Array,
  bias: number,
  threshold = 0.5
): { model: Model; json: ModelJson } {
  const q = quantizeWeights(w)
  const json: ModelJson = {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    locale,
    features: { scheme: FEATURE_SCHEME, bits },
    bias,
    scale: q.scale,
    weights: q.base64,
    threshold
  }
  return { model: parseModel(json), json }
}

/** Area under the ROC curve (tied scores share their average rank). */
export function rocAuc(scored: { s: number; y: number }[]): number {
  const sorted = scored.slice().sort((a, b) => a.s - b.s)
  let rankSum = 0
  let i = 0
  while (i < sorted.length) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1].s === sorted[i].s) j++
    const avg = (i + j) / 2 + 1
    for (let k = i; k <= j; k++) if (sorted[k].y === 1) rankSum += avg
    i = j + 1
  }
  const pos = scored.filter((r) => r.y === 1).length
  const neg = scored.length - pos
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg)
}
