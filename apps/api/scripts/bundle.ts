/**
 * `npm run build -w @deskstream/api`: the api compiled to JavaScript with esbuild, so production
 * runs `node dist/main.js` rather than TypeScript through tsx. Two programs: `dist/main.js` (the
 * api with every `@deskstream/*` library it uses) and `dist/esdb-emulator.js` (the embedded
 * store, which a compiled api starts from beside itself). Packages from npm stay outside the
 * bundle and load from `node_modules` as they are (one copy of `graphql`, the client's generated
 * protobuf code untouched), except a library's own nested copy of a package, which is bundled. Each context's SDL (`schema.graphql`, read beside its module at run
 * time) is put into the bundle as a string; a module that reads any other file beside itself
 * fails the build, since the bundle would look for it in `dist/` (the bundle's own programs aside).
 *
 * `node --import tsx scripts/bundle.ts [out-dir]` (default `dist/`).
 */
import { build, type Plugin } from 'esbuild';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const apiDir = fileURLToPath(new URL('..', import.meta.url));
const outdir = resolve(process.argv[2] ?? resolve(apiDir, 'dist'));

const repoDir = resolve(apiDir, '../..');
/** Where `dist/main.js` finds packages at run time: the same copies stay outside the bundle. */
const RUNTIME_PACKAGES = [resolve(repoDir, 'node_modules'), resolve(apiDir, 'node_modules')];
const BUILTINS = new Set(builtinModules);

/** The folder of the package Node would load for `specifier` imported from `importer`. */
function packageFolder(specifier: string, importer: string): { packages: string; folder: string } | undefined {
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  for (let dir = dirname(importer); ; dir = dirname(dir)) {
    const packages = join(dir, 'node_modules');
    if (existsSync(join(packages, name))) return { packages, folder: join(packages, name) };
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * npm packages load at run time when `dist/main.js` would find the very copy the source uses;
 * a library's own nested copy (another version) is bundled. Our libraries are always bundled.
 */
const npmPackagesOutside: Plugin = {
  name: 'npm-packages-outside',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@deskstream/')) return undefined;
      if (args.path.startsWith('node:') || BUILTINS.has(args.path.split('/')[0]!))
        return { path: args.path, external: true };
      const found = packageFolder(args.path, args.importer);
      return found && RUNTIME_PACKAGES.includes(found.packages) ? { path: args.path, external: true } : undefined;
    });
  },
};

const SDL_BESIDE = /typeDefsFrom\(new URL\('(\.\/[\w.-]+\.graphql)', import\.meta\.url\)\)/g;
const FILE_BESIDE = /new URL\('(\.\/[^']*)', import\.meta\.url\)/g;
/** Files a module may look for beside itself: the bundle's own programs. */
const BUNDLE_OUTPUTS = new Set(['./esdb-emulator.js']);

/** `typeDefsFrom(new URL('./schema.graphql', import.meta.url))` becomes the file's text. */
const sdlInlined: Plugin = {
  name: 'sdl-inlined',
  setup(builder) {
    builder.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.includes('/node_modules/')) return undefined;
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      let contents = source;
      for (const match of source.matchAll(SDL_BESIDE)) {
        const sdl = await readFile(resolve(dirname(args.path), match[1]!), 'utf8');
        contents = contents.replace(match[0], JSON.stringify(sdl));
      }
      const left = [...contents.matchAll(FILE_BESIDE)].filter((match) => !BUNDLE_OUTPUTS.has(match[1]!));
      if (left.length > 0)
        return { errors: [{ text: `reads a file beside its module, which the bundle cannot follow: ${left[0]![0]}` }] };
      return { contents, loader: 'ts' };
    });
  },
};

const result = await build({
  entryPoints: {
    main: resolve(apiDir, 'src/main.ts'),
    'esdb-emulator': resolve(apiDir, '../esdb-emulator/src/main.ts'),
  },
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  legalComments: 'none',
  // CommonJS bundled from a library's own copy may `require` Node's modules.
  banner: {
    js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);",
  },
  logLevel: 'warning',
  plugins: [npmPackagesOutside, sdlInlined],
  metafile: true,
});
const outputs = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js'));
for (const [file, { bytes }] of outputs) console.log(`${file}  ${(bytes / 1024).toFixed(0)} KiB`);
