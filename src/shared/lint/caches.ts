import { BoundedCache } from '../bounded-cache'
import type { CompiledPack } from './compile'
import type { CompiledLexicon } from './analysis/lexicon'
import type { Model } from './classifier/model'
import type { Engine } from './engine-types'
import type { Sequence } from './pattern'
import type { WordShape } from './tokenize'
import type { WordPlan } from './analysis/prepare-tokens'
import type { CueMemo } from './text'

/**
 * Every piece of process state the kindness lint keeps, in one place, with its bound and why.
 * The rest of src/shared/lint is pure functions over these. Per-locale data is built once and kept
 * (six locales at most); per-text memos are bounded (BoundedCache keeps two generations) or hang
 * off an object that owns them (WeakMap), so they go when it goes.
 */

/** v1 rule packs by pack locale (compile.ts getPack): at most six, built on first use. */
export const compiledPacks = new Map<string, CompiledPack>()

/**
 * Validated locale.json files by the imported JSON object (compile.ts): six. Weak so that a test
 * swapping a file's data gets it validated again; failures are not kept.
 */
export const parsedRuleFiles = new WeakMap<object, unknown>()

/**
 * Pattern group and placeholder expansions per placeholder table (pattern.ts): a pack uses "{you}"
 * in hundreds of phrases. Only successful expansions are kept, and they are never mutated.
 */
export const patternExpansions = new WeakMap<Record<string, string[]>, Map<string, Sequence[]>>()

/** Sentence-analysis lexicons by pack locale (analysis/lexicon.ts getLexicon): at most six. */
export const compiledLexicons = new Map<string, CompiledLexicon>()

/** Statistical models by kind and pack locale, or the named problem that kept one out (classifier/registry.ts): eight today. */
export const parsedModels = new Map<string, { model: Model | null; problem?: string }>()

/** Engines by locale, settings and pipeline (engine.ts engineFor): cleared when past ENGINE_LIMIT. */
export const engines = new Map<string, Engine>()
export const ENGINE_LIMIT = 64

/** Word shapes by raw word (tokenize.ts): a script reuses a few thousand words. */
export const wordShapes = new BoundedCache<WordShape>(20_000)

/** Respelling and inflection plans per lexicon and word (analysis/prepare-tokens.ts): 20,000 words each. */
export const wordPlans = new WeakMap<CompiledLexicon, BoundedCache<WordPlan>>()
export const WORD_PLANS_PER_LEXICON = 20_000

/**
 * Cue scans per engine (text.ts lintCues), so they go when engineFor drops the engine. 10,000 texts
 * per generation hold a 5,000-cue track with room to spare (~1 MB); depiction-speaker cues 2,000.
 */
export const cueMemos = new WeakMap<Engine, CueMemo>()
export const CUE_TEXTS = 10_000
export const DEPICTED_CUE_TEXTS = 2_000
