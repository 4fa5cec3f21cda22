import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { defineConfig as defineElectronConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { CONTENT_SECURITY_POLICY } from './src/shared/csp'

/**
 * The production renderer carries the CSP as a <meta> tag too (the Electron app protocol and the
 * bridge also send it as a header), from the one constant in src/shared/csp.ts. Build only: the dev
 * server needs an inline React-refresh preamble that this policy would block.
 */
const cspMetaTag = (): Plugin => ({
  name: 'kindframe-csp-meta',
  apply: 'build',
  transformIndexHtml(html) {
    const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.replace(/"/g, '&quot;')}" />`
    // Right after <meta charset> (which must stay in the first 1024 bytes) and before any <script>,
    // because a meta policy only governs what the parser meets after it.
    const charset = /<meta charset=[^>]*>/i
    if (!charset.test(html))
      throw new Error('src/renderer/index.html needs a <meta charset> for the CSP meta tag to follow')
    return html.replace(charset, (tag) => `${tag}\n    ${meta}`)
  }
})

export default defineElectronConfig({
  main: {
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts') } }
    }
  },
  preload: {
    build: {
      // A sandboxed preload can only require('electron'): bundle everything else (the contract and zod)
      // into the one file instead of leaving require('zod') behind.
      // https://electron-vite.org/guide/dependency-handling
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        // A sandboxed preload cannot use ESM `import`: it must be one CommonJS file.
        // https://electron-vite.org/guide/dev#limitations-of-sandboxing
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    resolve: { alias: { '@shared': resolve(__dirname, 'src/shared') } },
    plugins: [react(), cspMetaTag()],
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } }
    }
  }
})
