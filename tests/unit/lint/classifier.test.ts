import { statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  dotFeatures,
  extractFeatures,
  FEATURE_SCHEME,
  featureStrings,
  hash32,
  tokenize
} from '../../../src/shared/lint/classifier/features'
import {
  decodeBase64,
  encodeBase64,
  logit,
  MODEL_FORMAT,
  MODEL_VERSION,
  parseModel,
  quantizeWeights,
  scoreText,
  type ModelJson
} from '../../../src/shared/lint/classifier/model'
import { FUNCTIONAL_MODEL_DATA } from '../../../src/shared/lint/classifier/registry'
import { lintText } from '../../../src/shared/lint/index'
import enJson from '../../../src/shared/lint/classifier/models/en.json'
import ptJson from '../../../src/shared/lint/classifier/models/pt-BR.json'

describe('features', () => {
  it('normalises: placeholders, accents, l33t, squeezed runs, apostrophes, emoji', () => {
    expect(tokenize("RT @bob: Você é um L0S3R!!! stuuuupid https://x.co/a 2024 b@stard you're 😂")).toEqual([
      'xxrt',
      'xxuser',
      'voce',
      'e',
      'um',
      'loser',
      'stuupid',
      'xxurl',
      'xxnum',
      'bastard',
      'you',
      're',
      '😂'
    ])
  })

  it('is deterministic, sorted, in range and L2-normalised', () => {
    const text = 'You are such a l0s3r, nobody likes you!!! http://t.co/x'
    const a = extractFeatures(text, 16)
    const b = extractFeatures(text, 16)
    expect(Array.from(a.indices)).toEqual(Array.from(b.indices))
    expect(Array.from(a.values)).toEqual(Array.from(b.values))
    for (let i = 1; i < a.indices.length; i++) expect(a.indices[i]).toBeGreaterThan(a.indices[i - 1])
    expect(Math.max(...a.indices)).toBeLessThan(2 ** 16)
    expect(Math.hypot(...a.values)).toBeCloseTo(1, 5)
    // obfuscated and plain spellings share their features
    expect(extractFeatures('l0s3r', 16)).toEqual(extractFeatures('LOSER', 16))
  })

  it('word uni/bigrams and char 3–5-grams within words; the hash is pinned (models depend on it)', () => {
    const f = featureStrings('Hi you')
    expect([...f.keys()].filter((k) => !k.startsWith('c|'))).toEqual(['w|hi', 'w|you', 'b|hi you'])
    expect([...f.keys()].filter((k) => k.startsWith('c|'))).toEqual([
      'c|<hi',
      'c|hi>',
      'c|<hi>',
      'c|<yo',
      'c|you',
      'c|ou>',
      'c|<you',
      'c|you>',
      'c|<you>'
    ])
    expect(FEATURE_SCHEME).toBe('kf-hash-v1')
    expect([hash32(''), hash32('w|idiot'), hash32('c|<id')]).toEqual([2872998923, 802952843, 2187236373])
  })

  it('rejects bucket counts out of range', () => {
    expect(() => extractFeatures('x', 19)).toThrow(/bits must be an integer in 8\.\.18/)
  })
})

/** A hand-built model: 2^8 buckets, only the unigram "idiot" carries weight. */
function tinyModelJson(): ModelJson {
  const bits = 8
  const w = new Float64Array(2 ** bits)
  const h = hash32('w|idiot')
  w[h & 255] = h & 0x80000000 ? -4 : 4
  const q = quantizeWeights(w)
  return {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    locale: 'xx',
    features: { scheme: FEATURE_SCHEME, bits },
    bias: -2,
    scale: q.scale,
    weights: q.base64,
    threshold: 0.5,
    card: { note: 'test' }
  }
}

describe('model', () => {
  it('base64 round-trips every length', () => {
    for (let n = 0; n < 8; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 200) & 255)
      const s = encodeBase64(bytes)
      expect(Array.from(decodeBase64(s))).toEqual(Array.from(bytes))
    }
  })

  it('a tiny model scores as its weights say', () => {
    const model = parseModel(tinyModelJson())
    const x = extractFeatures('what an idiot', 8)
    const h = hash32('w|idiot')
    const k = Array.from(x.indices).indexOf(h & 255)
    const expectedLogit = -2 + model.scale * model.weights[h & 255] * x.values[k]
    expect(scoreText(model, 'what an idiot')).toBeCloseTo(1 / (1 + Math.exp(-expectedLogit)), 6)
    expect(scoreText(model, 'what an idiot')).toBeGreaterThan(scoreText(model, 'what a day'))
    expect(scoreText(model, '')).toBeCloseTo(1 / (1 + Math.exp(2)), 6)
  })

  it('parseModel names what is wrong', () => {
    const ok = tinyModelJson()
    const bad = (patch: Record<string, unknown>, drop?: string) => {
      const j: Record<string, unknown> = { ...ok, ...patch }
      if (drop) delete j[drop]
      return () => parseModel(j)
    }
    expect(bad({ weights: ok.weights.slice(0, -1) })).toThrow(
      'kindness model xx: weights is not valid base64 (length 343 is not a multiple of 4; truncated?)'
    )
    expect(bad({ weights: ok.weights.slice(0, -4) })).toThrow(
      'kindness model xx: weights length 255 does not match 2^8'
    )
    expect(bad({ weights: encodeBase64(new Uint8Array(12)) })).toThrow(
      'kindness model xx: weights length 12 does not match 2^8'
    )
    expect(bad({ weights: '!!!!' + ok.weights.slice(4) })).toThrow(
      'kindness model xx: weights is not valid base64 (character "!" at 0)'
    )
    expect(bad({}, 'bias')).toThrow('kindness model xx: missing field "bias"')
    expect(bad({}, 'weights')).toThrow('kindness model xx: missing field "weights"')
    expect(bad({}, 'locale')).toThrow('kindness model ?: missing field "locale"')
    expect(bad({ features: { scheme: FEATURE_SCHEME } })).toThrow('kindness model xx: missing field "features.bits"')
    expect(bad({ features: { scheme: 'other', bits: 8 } })).toThrow(
      '"features.scheme" is the string "other" but this build extracts "kf-hash-v1"'
    )
    expect(bad({ features: { scheme: FEATURE_SCHEME, bits: 20 } })).toThrow(
      '"features.bits" must be an integer in 8..18, got 20'
    )
    expect(bad({ threshold: 1.5 })).toThrow('kindness model xx: "threshold" must be within 0..1, got 1.5')
    expect(bad({ scale: 0 })).toThrow('"scale" must be positive')
    expect(bad({ bias: 'x' })).toThrow('"bias" must be a finite number, got the string "x"')
    expect(bad({ version: 2 })).toThrow('unsupported "version" 2')
    expect(bad({ format: 'x' })).toThrow(`"format" must be "${MODEL_FORMAT}"`)
    expect(bad({ card: [] })).toThrow('"card" must be an object, got an array')
    expect(() => parseModel(null)).toThrow('kindness model: expected an object, got null')
  })
})

describe('shipped models', () => {
  const shipped = [
    ['en', enJson, 'you are a worthless idiot', 'the weather is lovely today'],
    ['pt-BR', ptJson, 'você é um idiota inútil', 'o tempo está lindo hoje']
  ] as const
  for (const [locale, json, abusive, kind] of shipped) {
    it(`${locale}: parses, carries its card, fits the size budget, ranks abuse above a kind line`, () => {
      const model = parseModel(json)
      expect(model.locale).toBe(locale)
      expect(model.threshold).toBeGreaterThan(0)
      expect(model.threshold).toBeLessThan(1)
      const card = model.card as { sources: { licence: string; url: string }[]; metrics: { test: { n: number } } }
      expect(card.sources.length).toBeGreaterThan(0)
      for (const s of card.sources) expect(s.licence).toMatch(/MIT|CC-BY-SA 4\.0/)
      expect(card.metrics.test.n).toBeGreaterThan(0)
      const file = fileURLToPath(new URL(`../../../src/shared/lint/classifier/models/${locale}.json`, import.meta.url))
      expect(statSync(file).size).toBeLessThanOrEqual(400 * 1024)
      expect(scoreText(model, 'you are a worthless idiot')).toBeGreaterThan(
        scoreText(model, 'the weather is lovely today')
      )
      expect(scoreText(model, abusive)).toBeGreaterThan(scoreText(model, kind))
    })
  }
})

describe('shipped functional models (trained on the project suites, never on tests/lint-third)', () => {
  it.each([
    ['en', 'you are a worthless idiot and everyone knows it', 'thanks for watching, see you next week'],
    ['ms', 'kau ni memang bodoh dan tak guna', 'terima kasih sebab tengok video ni'],
    ['id', 'lo tuh bego dan nggak berguna', 'makasih udah nonton video ini'],
    ['fil', 'ang bobo mo talaga, walang kwenta', 'salamat sa panonood, kita kits'],
    ['pt-BR', 'você é um idiota inútil', 'obrigado por assistir, até semana que vem'],
    ['es-MX', 'eres un idiota bien inútil', 'gracias por ver el video, nos vemos']
  ])('%s: parses, says what it was trained on, ranks abuse above a kind line', (locale, abusive, kind) => {
    const raw = FUNCTIONAL_MODEL_DATA[locale]
    const model = parseModel(raw)
    expect(model.locale).toBe(locale)
    expect(model.threshold).toBeGreaterThanOrEqual(0.5)
    const card = model.card as { neverTrainedOn: string; sources: { path: string }[] }
    expect(card.neverTrainedOn).toMatch(/tests\/lint-third/)
    expect(card.sources.map((s) => s.path)).not.toContain('tests/lint-third')
    expect(scoreText(model, abusive)).toBeGreaterThan(scoreText(model, kind))
  })

  it('a flag only the model raised is a warning that says so, and goes with the model switched off', () => {
    const text = 'Tu cara da miedo.'
    const issues = lintText(text, { locale: 'es-MX' })
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ ruleId: 'kind/model/es-MX', severity: 'warning' })
    expect(issues[0].explanation).toMatch(/solo el modelo estadístico/)
    expect(lintText(text, { locale: 'es-MX', pipeline: { model: false } })).toEqual([])
  })

  it('the model is not asked about framed, self-directed, praising or narrated lines, nor neutral mentions of groups', () => {
    for (const [locale, text] of [
      ['es-MX', 'Tu cara no da asco.'],
      ['es-MX', 'Sé amable con todos.'],
      ['en', 'I am so done with this game.'],
      ['en', 'She almost gave up, but her friends stayed.'],
      ['pt-BR', 'Mulheres são metade do time.'],
      ['en', 'Old people are usually up early.']
    ])
      expect(lintText(text, { locale }).filter((i) => i.ruleId.startsWith('kind/model/'))).toEqual([])
  })
})

describe('scoring fast path', () => {
  it('dotFeatures gives exactly the logit of the extracted vector (so scores and thresholds are unchanged)', () => {
    const model = parseModel(FUNCTIONAL_MODEL_DATA.en)
    const sigmoid = (z: number) => 1 / (1 + Math.exp(-z))
    for (const text of [
      '',
      'you are a worthless idiot',
      "RT @bob: Você é um L0S3R!!! stuuuupid https://x.co/a 2024 b@stard you're 😂",
      'aaa bbb aaa bbb aaa',
      'Later, Sam writes a message: you are not alone, we are here for you.',
      'x'.repeat(3000)
    ]) {
      const slow = logit(model, extractFeatures(text, model.bits))
      expect(model.bias + model.scale * dotFeatures(text, model.bits, model.weights)).toBe(slow)
      expect(scoreText(model, text)).toBeCloseTo(sigmoid(slow), 12)
    }
  })
})
