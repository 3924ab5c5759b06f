/// <reference types="vitest/config" />
// Test kinds by file suffix: `*.test.ts` next to the code (unit), `tests/*.build.test.ts`
// (assertions on a real build in a temporary folder), `tests/*.e2e.test.ts` (a real build,
// served, driven in Debian's Chromium).
import { getViteConfig } from "astro/config";

export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["src/**/*.test.ts", "scripts/**/*.test.ts"] },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/**/*.e2e.test.ts"],
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
      {
        extends: true,
        test: {
          name: "build",
          include: ["tests/**/*.build.test.ts"],
          globalSetup: ["tests/support/build-setup.ts"],
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
