#!/usr/bin/env bash
# Every test Kindframe has, in the order that fails fastest: types, format, lint, unit + service tests
# (real ffmpeg), the production build, then the real UI in Debian's Chromium over the bridge.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== typecheck"
npx tsc -b   # one project per runtime: tsconfig.json references shared, node, web, tests
echo "== format (Prettier: code only; data and docs are listed in .prettierignore)"
npx prettier --check . --log-level warn
echo "== lint (ESLint: runtime boundaries, one process runner, hooks, floating promises)"
npx eslint .
echo "== unit and service tests (vitest, real ffmpeg)"
npx vitest run
echo "== build (electron-vite: main, preload, renderer)"
npx electron-vite build
if [ -f playwright.config.ts ]; then
  echo "== end-to-end (Playwright, Chromium, browser bridge)"
  npx playwright test
fi
