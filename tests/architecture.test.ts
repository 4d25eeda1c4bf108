/**
 * The layers hold: every import and global in src/ against the one table of
 * allowed edges (tests/architecture/fence.ts, stated in README), the vault's
 * public entry against what it may offer, and proof that the fence bites:
 * each forbidden line of the fixture is refused by the check and by Biome.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  checkFile,
  checkPublicEntry,
  LAYER_PATHS,
  lazyModulesOf,
  tableRows,
  type Violation,
} from './architecture/fence';
import {
  ALLOWED_LINES,
  ALLOWED_PUBLIC_ENTRIES,
  type FenceLine,
  FORBIDDEN_LINES,
  FORBIDDEN_PUBLIC_ENTRIES,
} from './architecture/forbidden-fixture';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Every .ts and .tsx file under src/, repository-relative with `/` separators. */
function sourceFiles(folder = join(ROOT, 'src')): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [relative(ROOT, path).split('\\').join('/')] : [];
  });
}

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

describe('the layers of src/', () => {
  const files = sourceFiles();

  it('finds the source files it checks', () => {
    expect(files).toContain('src/main.tsx');
    expect(files).toContain('src/vault/index.ts');
    expect(files.length).toBeGreaterThan(50);
  });

  it('every file sits in a layer and imports only what the table allows, without forbidden globals', () => {
    const violations: Violation[] = files.flatMap((file) => checkFile(file, read(file)));
    expect(violations).toEqual([]);
  });

  it('the vault public entry re-exports only what features may use, and no value the vault loads on demand', () => {
    const lazy = new Set(
      files.filter((file) => file.startsWith('src/vault/')).flatMap((file) => lazyModulesOf(file, read(file))),
    );
    // The check below is only as good as this list: the backup code must be on it.
    expect(lazy).toContain('./backup');
    expect(checkPublicEntry(read(LAYER_PATHS['vault-public']), lazy)).toEqual([]);
  });

  it('README states the same table of allowed imports', () => {
    const readmeRows = read('README.md')
      .split('\n')
      .filter((line) => line.trimStart().startsWith('|'))
      .map((line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );
    for (const [layer, allowed] of tableRows()) {
      expect(readmeRows, layer).toContainEqual([layer, allowed]);
    }
  });
});

const name = ({ file, line }: FenceLine) => `${file}: ${line.replace(/\n/g, ' ')}`;

describe('the architecture check bites', () => {
  it.each(FORBIDDEN_LINES.map((entry) => [name(entry), entry] as const))('refuses %s', (_, { file, line }) => {
    expect(checkFile(file, line)).not.toEqual([]);
  });

  it.each(ALLOWED_LINES.map((entry) => [name(entry), entry] as const))('lets through %s', (_, { file, line }) => {
    expect(checkFile(file, line)).toEqual([]);
  });

  it('refuses a file outside every layer', () => {
    expect(checkFile('src/helpers.ts', 'export const x = 1;')).not.toEqual([]);
  });

  it('refuses an import() whose specifier is computed, which it cannot follow', () => {
    expect(
      checkFile(
        'src/features/x.tsx',
        "const part = 'keystore';\nexport const load = () => import('../vault/' + part);",
      ),
    ).not.toEqual([]);
  });

  it.each(FORBIDDEN_PUBLIC_ENTRIES)('refuses the public entry %s', (source) => {
    expect(checkPublicEntry(source, new Set(['./backup', './keystore']))).not.toEqual([]);
  });

  it.each(ALLOWED_PUBLIC_ENTRIES)('lets through the public entry %s', (source) => {
    expect(checkPublicEntry(source, new Set(['./backup', './keystore']))).toEqual([]);
  });
});

interface BiomeReport {
  diagnostics: { category?: string; location: { path?: string | { file: string }; start?: { line: number } } }[];
}

/**
 * Biome's verdict on each line, linted as a file of the same folder and depth
 * in a scratch copy of the tree (this repository's biome.json, nothing else),
 * so no probe file ever lands in src/.
 */
function biomeFlags(entries: readonly FenceLine[]): boolean[] {
  const scratch = mkdtempSync(join(tmpdir(), 'fence-'));
  try {
    cpSync(join(ROOT, 'biome.json'), join(scratch, 'biome.json'));
    const probes = entries.map(({ file, line }, index) => {
      const probe = posix.join(posix.dirname(file), `fence-probe-${index}${extname(file)}`);
      mkdirSync(join(scratch, dirname(probe)), { recursive: true });
      writeFileSync(join(scratch, probe), `${line}\n`);
      return probe;
    });
    const reportFile = join(scratch, 'report.json');
    const biome = spawnSync(
      join(ROOT, 'node_modules/.bin/biome'),
      [
        'lint',
        '--vcs-enabled=false',
        '--only=style/noRestrictedImports',
        '--only=style/noRestrictedGlobals',
        '--max-diagnostics=none',
        '--reporter=json',
        `--reporter-file=${reportFile}`,
        ...probes,
      ],
      { cwd: scratch, encoding: 'utf8' },
    );
    if (biome.error) throw biome.error;
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as BiomeReport;
    const flagged = new Set(
      report.diagnostics
        .filter(
          ({ category }) =>
            category === 'lint/style/noRestrictedImports' || category === 'lint/style/noRestrictedGlobals',
        )
        .map(({ location }) => (typeof location.path === 'string' ? location.path : location.path?.file)),
    );
    // A probe Biome could not read would count as let through: fail instead.
    const unreadable = report.diagnostics.filter(({ category }) => category?.startsWith('parse'));
    expect(unreadable).toEqual([]);
    return probes.map((probe) => flagged.has(probe));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

describe('Biome bites in every folder', () => {
  const seen = FORBIDDEN_LINES.filter((entry) => entry.lint !== false);

  it('refuses every forbidden line a lint rule can see', () => {
    const flags = biomeFlags(seen);
    const missed = seen.filter((_, index) => !flags[index]).map(name);
    expect(missed).toEqual([]);
    expect(seen.length).toBeGreaterThan(70);
  });

  it('lets the allowed lines through', () => {
    const flags = biomeFlags(ALLOWED_LINES);
    const refused = ALLOWED_LINES.filter((_, index) => flags[index]).map(name);
    expect(refused).toEqual([]);
  });
});
