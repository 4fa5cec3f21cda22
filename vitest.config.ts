import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/services/**/*.test.ts', 'src/**/*.test.ts'],
    // ffmpeg-backed service tests encode real video on 2 cores: give them room.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 2
  }
})
