// Runs in: Node (tsx). `npm run build`: the renderer (Vite, vite.config.ts → out/renderer), the
// main process (ESM → out/main/index.js) and the sandboxed preload (CommonJS → out/preload/index.cjs).
// `tsx scripts/build.ts main preload` builds only the parts named.
import { builtinModules } from 'node:module';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};

/** Packages loaded from node_modules at run time (native better-sqlite3 above all), never bundled. */
const externalPackages = new Set([
  'electron',
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.devDependencies ?? {}),
]);
const builtins = new Set(builtinModules);

export function isExternal(id: string): boolean {
  if (id.startsWith('node:') || builtins.has(id)) return true;
  const name = id.startsWith('@') ? id.split('/').slice(0, 2).join('/') : id.split('/')[0];
  return externalPackages.has(name);
}

/** Electron 41 runs Node 24 and Chromium 146; these targets keep the output readable. */
const nodeBuild: InlineConfig = {
  configFile: false,
  root,
  logLevel: 'warn',
  publicDir: false,
  envDir: false,
};

async function buildRenderer(): Promise<void> {
  // vite.config.ts sets its own root (renderer/), relative to the project folder.
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
}

async function buildMain(): Promise<void> {
  await build({
    ...nodeBuild,
    ssr: { target: 'node', noExternal: [] },
    build: {
      ssr: join(root, 'electron/main/index.ts'),
      outDir: join(root, 'out/main'),
      emptyOutDir: true,
      target: 'node22',
      minify: false,
      sourcemap: true,
      copyPublicDir: false,
      reportCompressedSize: false,
      rolldownOptions: {
        external: isExternal,
        output: { format: 'es', entryFileNames: 'index.js' },
      },
    },
  });
}

async function buildPreload(): Promise<void> {
  await build({
    ...nodeBuild,
    build: {
      outDir: join(root, 'out/preload'),
      emptyOutDir: true,
      target: 'chrome130',
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      // A sandboxed preload is a classic script: CommonJS with only require('electron').
      lib: {
        entry: join(root, 'electron/preload/index.ts'),
        formats: ['cjs'],
        fileName: () => 'index.cjs',
      },
      rolldownOptions: { external: ['electron'] },
    },
  });
}

function size(file: string): string {
  try {
    return `${(statSync(file).size / 1024).toFixed(1)} kB`;
  } catch {
    return 'saknas / missing';
  }
}

async function main(): Promise<void> {
  process.chdir(root);
  const started = Date.now();
  const steps: [string, () => Promise<void>, string][] = [
    ['renderer', buildRenderer, 'out/renderer/index.html'],
    ['main', buildMain, 'out/main/index.js'],
    ['preload', buildPreload, 'out/preload/index.cjs'],
  ];
  const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const unknown = only.filter((a) => !steps.some(([name]) => name === a));
  if (unknown.length > 0) throw new Error(`Okänd del / unknown part: ${unknown.join(', ')}`);
  for (const [name, run, output] of steps) {
    if (only.length > 0 && !only.includes(name)) continue;
    const t = Date.now();
    await run();
    const file = join(root, output);
    console.log(
      `  ${name.padEnd(9)} ${relative(root, file).padEnd(26)} ${size(file).padStart(10)}  ${Date.now() - t} ms`,
    );
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`Bygget klart på ${seconds} s / build done in ${seconds} s`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exitCode = 1;
  });
}
