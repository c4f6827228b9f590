/**
 * TypeScript settings for learner code, matching how Node 24 runs it (type stripping, ES modules).
 * Shared by the editor and by the tests that type-check every lesson in Monaco's own worker.
 *
 * Monaco's public d.ts only declares old enum members, so values are numbers (the test in src/learner-types
 * checks them against Monaco's bundled TypeScript): target 99 = ESNext, module 99 = ESNext,
 * moduleResolution 100 = Bundler (`./worker.ts` imports resolve as Node resolves them),
 * moduleDetection 3 = Force (every file is a module, so top-level await works).
 */
export const LEARNER_COMPILER_OPTIONS = {
  target: 99,
  module: 99,
  moduleResolution: 100,
  moduleDetection: 3,
  // Lib FILE names: Monaco's worker cannot resolve short names such as 'esnext'. No DOM: code runs in Node.
  lib: ['lib.esnext.d.ts'],
  types: [] as string[],
  strict: true,
  noUncheckedIndexedAccess: false,
  esModuleInterop: true, // how Node's ESM imports CommonJS built-ins
  noEmit: true,
  allowImportingTsExtensions: true,
  verbatimModuleSyntax: true,
  // Node strips types; it cannot run enums, namespaces or parameter properties. Say so while typing.
  erasableSyntaxOnly: true,
};
