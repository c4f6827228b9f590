/**
 * Type-checks learner files the way the editor does, for tests: Monaco 0.57's own TypeScript worker
 * (its bundled TypeScript and lib files), the editor's compiler options, and @types/node as extra libs.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FileMap } from '../run-contract/events.ts';
import { LEARNER_COMPILER_OPTIONS } from '../editor/compiler-options.ts';
import { readNodeTypeLibs } from './node-types-files.ts';

const MONACO_TS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../node_modules/monaco-editor/esm/vs/languages/features/typescript');

type MonacoDiagnostic = { code: number; start?: number; messageText: string | { messageText: string } };
interface MonacoWorker {
  getSyntacticDiagnostics(fileName: string): Promise<MonacoDiagnostic[]>;
  getSemanticDiagnostics(fileName: string): Promise<MonacoDiagnostic[]>;
  getQuickInfoAtPosition(fileName: string, position: number): Promise<{ displayParts?: { text: string }[]; documentation?: { text: string }[] } | undefined>;
}
type MirrorModel = { uri: { path: string; toString(): string }; version: number; getValue(): string };

export interface Diagnostic {
  file: string;
  line: number;
  code: number;
  text: string;
}

export const showDiagnostic = (d: Diagnostic) => `${d.file}:${d.line} TS${d.code} ${d.text}`;

/** A Monaco TypeScript worker holding @types/node; `check(files)` returns what the editor would underline. */
export async function editorChecker(): Promise<{
  check(files: FileMap): Promise<Diagnostic[]>;
  hover(files: FileMap, file: string, offset: number): Promise<string>;
}> {
  const { TypeScriptWorker } = (await import(/* @vite-ignore */ pathToFileURL(join(MONACO_TS_DIR, 'tsWorker.js')).href)) as { TypeScriptWorker: unknown };
  let models: MirrorModel[] = [];
  let version = 0;
  const extraLibs = Object.fromEntries(readNodeTypeLibs().map(({ uri, text }) => [uri, { content: text, version: 1 }]));
  const Ctor = TypeScriptWorker as new (ctx: unknown, createData: unknown) => MonacoWorker;
  const worker = new Ctor({ getMirrorModels: () => models }, { compilerOptions: LEARNER_COMPILER_OPTIONS, extraLibs, inlayHintsOptions: {} });
  const load = (files: FileMap) => {
    version += 1;
    models = Object.entries(files).map(([name, text]) => ({ uri: { path: `/${name}`, toString: () => `file:///${name}` }, version, getValue: () => text }));
  };
  return {
    async check(files) {
      load(files);
      const out: Diagnostic[] = [];
      for (const [name, text] of Object.entries(files)) {
        if (!/\.(m?ts|m?js)$/.test(name)) continue;
        const uri = `file:///${name}`;
        for (const d of [...(await worker.getSyntacticDiagnostics(uri)), ...(await worker.getSemanticDiagnostics(uri))]) {
          const line = d.start === undefined ? 0 : text.slice(0, d.start).split('\n').length;
          out.push({ file: name, line, code: d.code, text: typeof d.messageText === 'string' ? d.messageText : d.messageText.messageText });
        }
      }
      return out;
    },
    async hover(files, file, offset) {
      load(files);
      const info = await worker.getQuickInfoAtPosition(`file:///${file}`, offset);
      return [...(info?.displayParts ?? []), ...(info?.documentation ?? [])].map((p) => p.text).join('');
    },
  };
}
