/**
 * The layer fence: which part of src/ may import which, which packages and
 * browser globals each part may not touch, and a checker that reads a file's
 * imports from its syntax tree. The lint config says the same in Biome's
 * terms; this check also sees what Biome cannot (`globalThis.crypto`,
 * `window.indexedDB`, what the vault's public entry re-exports).
 *
 * Paths are repository-relative with `/` separators, and a specifier is
 * resolved by its text alone, so a line can be checked as if it stood in a
 * file that does not exist (the forbidden-lines fixture does that).
 */
import { posix } from 'node:path';
import { parseSync } from 'vite';

/** The parts of src/. `vault-public` is src/vault/index.ts, the vault's one entry. */
export type Layer = 'domain' | 'vault' | 'vault-public' | 'safety' | 'ui' | 'features' | 'app' | 'main';

/** What an import can land on: a layer, the locale files, or something outside them all. */
export type Target = Layer | 'locales' | 'outside';

/**
 * The one table of allowed edges; README states it in words. Anything not
 * listed is refused, so a new folder or a new edge is a decision, not an
 * accident.
 */
export const ALLOWED_IMPORTS: Readonly<Record<Layer, readonly Target[]>> = {
  domain: ['domain'],
  vault: ['vault', 'domain'],
  'vault-public': ['vault'],
  // Shared code takes sessions and callbacks as arguments instead of importing them.
  safety: ['safety', 'ui', 'domain'],
  ui: ['ui', 'safety', 'domain'],
  features: ['features', 'vault-public', 'safety', 'ui', 'domain'],
  app: ['app', 'features', 'vault-public', 'safety', 'ui', 'domain', 'locales'],
  main: ['app', 'features', 'vault-public', 'safety', 'ui', 'domain'],
};

/** Where each layer lives, as README names it. */
export const LAYER_PATHS: Readonly<Record<Layer, string>> = {
  domain: 'src/domain/',
  vault: 'src/vault/',
  'vault-public': 'src/vault/index.ts',
  safety: 'src/safety/',
  ui: 'src/ui/',
  features: 'src/features/',
  app: 'src/app/',
  main: 'src/main.tsx',
};

const TARGET_PATHS: Readonly<Record<Target, string>> = { ...LAYER_PATHS, locales: 'locales/', outside: '(elsewhere)' };

/** Packages that are the vault's alone: storage and key derivation. */
const STORAGE_AND_KEYS = ['dexie', 'hash-wasm'];
/** Packages of the screens: the domain and the vault have no UI and no words. */
const UI_PACKAGES = ['react', 'react-dom', 'react-i18next', 'i18next'];

/** Packages each layer may not import; a name ending in `:` refuses every specifier with that prefix. */
export const FORBIDDEN_PACKAGES: Readonly<Record<Layer, readonly string[]>> = {
  domain: [...STORAGE_AND_KEYS, ...UI_PACKAGES, 'virtual:'],
  vault: UI_PACKAGES,
  'vault-public': UI_PACKAGES,
  safety: STORAGE_AND_KEYS,
  ui: STORAGE_AND_KEYS,
  features: STORAGE_AND_KEYS,
  app: STORAGE_AND_KEYS,
  main: STORAGE_AND_KEYS,
};

/** Only the vault touches storage and Web Crypto. */
const VAULT_GLOBALS = ['crypto', 'indexedDB'];
/** The domain is pure: nothing of the browser at all. */
const BROWSER_GLOBALS = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'crypto',
  'navigator',
  'location',
  'fetch',
  'globalThis',
  'self',
];

/** Global names each layer may not use, whether bare (`crypto`) or through a global object (`globalThis.crypto`). */
export const FORBIDDEN_GLOBALS: Readonly<Record<Layer, readonly string[]>> = {
  domain: BROWSER_GLOBALS,
  vault: [],
  'vault-public': [],
  safety: VAULT_GLOBALS,
  ui: VAULT_GLOBALS,
  features: VAULT_GLOBALS,
  app: VAULT_GLOBALS,
  main: VAULT_GLOBALS,
};

/** The objects through which a global can be reached by another name. */
const GLOBAL_OBJECTS = new Set(['globalThis', 'window', 'self']);

/**
 * What src/vault/index.ts may re-export, by module: `all` (`export *`),
 * `values`, or `types` only. Backup and contents are types only: the backup
 * code is loaded on demand, and a value from it would put it on the unlock
 * screen.
 */
export const PUBLIC_ENTRY: Readonly<Record<string, 'all' | 'values' | 'types'>> = {
  './errors': 'all',
  './environment': 'values',
  './persistence': 'types',
  './session': 'values',
  './backup': 'types',
  './vault': 'types',
};

export interface Violation {
  file: string;
  line: number;
  message: string;
}

/**
 * One module reference in a file: an import, a re-export, a dynamic or type
 * import, a glob. The specifier is null when the source computes it.
 */
export interface ModuleReference {
  specifier: string | null;
  line: number;
}

/** The layer a source file belongs to, or null for a file outside them all. */
export function layerOf(file: string): Layer | null {
  if (file === 'src/main.tsx') return 'main';
  if (file === 'src/vault/index.ts') return 'vault-public';
  const [root, folder] = file.split('/');
  if (root !== 'src' || !folder || file.split('/').length < 3) return null;
  return isFolderLayer(folder) ? folder : null;
}

const FOLDER_LAYERS = ['domain', 'vault', 'safety', 'ui', 'features', 'app'] as const;
type FolderLayer = (typeof FOLDER_LAYERS)[number];
const isFolderLayer = (name: string): name is FolderLayer => (FOLDER_LAYERS as readonly string[]).includes(name);

/**
 * What a relative or root-relative specifier lands on, by its text: the
 * folder it reaches, however many `../` it takes to get there.
 */
export function targetOf(fromFile: string, specifier: string): Target {
  const joined = specifier.startsWith('/') ? specifier.slice(1) : posix.join(posix.dirname(fromFile), specifier);
  const path = posix.normalize(joined).replace(/\/$/, '');
  if (path === 'src/main' || /^src\/main\.[^/]+$/.test(path)) return 'main';
  if (path === 'src/vault' || /^src\/vault\/index(\.[^/]+)?$/.test(path)) return 'vault-public';
  const [root, folder] = path.split('/');
  if (root === 'locales') return 'locales';
  if (root === 'src' && folder && isFolderLayer(folder)) return folder;
  return 'outside';
}

const isRelative = (specifier: string) => specifier.startsWith('.') || specifier.startsWith('/');

function packageRefused(specifier: string, forbidden: readonly string[]): string | undefined {
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  return forbidden.find((refused) => (refused.endsWith(':') ? specifier.startsWith(refused) : name === refused));
}

/** A node of the syntax tree, as far as this check needs to know it. */
interface Node {
  type: string;
  start: number;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

/** Every node with its parent and the parent's key that holds it. */
function walk(node: Node, visit: (node: Node, parent: Node | null, key: string) => void): void {
  const stack: [Node, Node | null, string][] = [[node, null, '']];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [current, parent, key] = item;
    visit(current, parent, key);
    for (const [childKey, value] of Object.entries(current)) {
      if (Array.isArray(value)) {
        for (const child of value) if (isNode(child)) stack.push([child, current, childKey]);
      } else if (isNode(value)) {
        stack.push([value, current, childKey]);
      }
    }
  }
}

function parse(file: string, source: string): Node {
  const lang = file.endsWith('.tsx') ? 'tsx' : 'ts';
  const result = parseSync(file, source, { lang, sourceType: 'module' });
  const [error] = result.errors;
  // A file the checker cannot read must fail loudly: an unread file is an unchecked one.
  if (error) throw new Error(`${file}: cannot parse: ${error.message}`);
  return result.program as unknown as Node;
}

function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let index = source.indexOf('\n'); index !== -1 && index < offset; index = source.indexOf('\n', index + 1)) {
    line += 1;
  }
  return line;
}

/** A string the source spells out: a literal, or a template with no expressions in it. */
function staticString(node: unknown): string | undefined {
  if (!isNode(node)) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TSLiteralType') return staticString(node.literal);
  if (node.type === 'TemplateLiteral' && Array.isArray(node.expressions) && node.expressions.length === 0) {
    const [quasi] = node.quasis as { value: { cooked: string } }[];
    return quasi?.value.cooked;
  }
  return undefined;
}

const isImportMetaGlob = (callee: unknown): boolean =>
  isNode(callee) &&
  callee.type === 'MemberExpression' &&
  isNode(callee.object) &&
  callee.object.type === 'MetaProperty' &&
  isNode(callee.property) &&
  callee.property.name === 'glob';

/** Every module a file refers to; a computed specifier cannot be checked, so the caller refuses it. */
function referencesOf(program: Node, source: string): ModuleReference[] {
  const references: ModuleReference[] = [];
  const add = (specifierNode: unknown, at: Node) => {
    references.push({ specifier: staticString(specifierNode) ?? null, line: lineAt(source, at.start) });
  };
  walk(program, (node) => {
    switch (node.type) {
      case 'ImportDeclaration':
      case 'ExportAllDeclaration':
      case 'ImportExpression':
      case 'TSImportType':
        add(node.source ?? node.argument, node);
        break;
      case 'ExportNamedDeclaration':
        if (node.source) add(node.source, node);
        break;
      case 'TSExternalModuleReference':
        add(node.expression, node);
        break;
      case 'CallExpression': {
        const [first] = node.arguments as unknown[];
        if (isNode(node.callee) && node.callee.type === 'Identifier' && node.callee.name === 'require')
          add(first, node);
        if (isImportMetaGlob(node.callee)) {
          const patterns = isNode(first) && first.type === 'ArrayExpression' ? (first.elements as unknown[]) : [first];
          for (const pattern of patterns) {
            const text = staticString(pattern);
            // A negated glob pattern narrows the match; it reaches nothing by itself.
            if (text === undefined || !text.startsWith('!')) add(pattern, node);
          }
        }
        break;
      }
    }
  });
  return references;
}

/** Keys that name a property or a label, not a variable: `a.crypto`, `{ crypto: 1 }`, `interface { crypto }`. */
function namesAVariable(parent: Node | null, key: string): boolean {
  if (!parent) return true;
  if ((key === 'property' || key === 'key') && parent.computed !== true) return false;
  if (parent.type === 'TSQualifiedName' && key === 'right') return false;
  if (parent.type === 'MetaProperty') return false;
  return !['imported', 'exported', 'label'].includes(key);
}

function propertyName(node: Node): string | undefined {
  const property = node.property ?? node.key;
  if (!isNode(property)) return undefined;
  if (node.computed === true) return staticString(property);
  return property.type === 'Identifier' ? (property.name as string) : undefined;
}

/**
 * Forbidden globals in a file: bare (`indexedDB`), through a global object
 * (`globalThis.crypto`, `window['indexedDB']`), or taken apart from one
 * (`const { crypto: c } = self`). A local of a forbidden name is refused
 * too: in the domain a name like `location` is a browser global until proven
 * otherwise, and renaming is cheaper than doubt.
 */
function globalViolations(file: string, program: Node, source: string, forbidden: readonly string[]): Violation[] {
  if (forbidden.length === 0) return [];
  const refused = new Set(forbidden);
  const violations: Violation[] = [];
  const report = (at: Node, name: string, how: string) =>
    violations.push({ file, line: lineAt(source, at.start), message: `uses the global ${name}${how}` });
  walk(program, (node, parent, key) => {
    if (node.type === 'Identifier' && refused.has(node.name as string) && namesAVariable(parent, key)) {
      report(node, node.name as string, '');
    }
    if (node.type === 'MemberExpression' && isNode(node.object) && node.object.type === 'Identifier') {
      const object = node.object.name as string;
      const name = propertyName(node);
      if (GLOBAL_OBJECTS.has(object) && name && refused.has(name)) report(node, name, ` through ${object}`);
    }
    if (node.type === 'VariableDeclarator' && isNode(node.id) && node.id.type === 'ObjectPattern') {
      const init = node.init;
      if (isNode(init) && init.type === 'Identifier' && GLOBAL_OBJECTS.has(init.name as string)) {
        for (const property of node.id.properties as Node[]) {
          const name = propertyName(property);
          if (name && refused.has(name)) report(property, name, ` taken from ${init.name as string}`);
        }
      }
    }
  });
  return violations;
}

/** Everything wrong with one file: where it sits, what it imports, which globals it uses. */
export function checkFile(file: string, source: string): Violation[] {
  const layer = layerOf(file);
  if (!layer) return [{ file, line: 1, message: 'is in no layer: put it in one of the folders README lists' }];
  const program = parse(file, source);
  const violations: Violation[] = [];
  for (const { specifier, line } of referencesOf(program, source)) {
    if (specifier === null) {
      violations.push({ file, line, message: 'imports a computed specifier, which the fence cannot check' });
    } else if (isRelative(specifier)) {
      const target = targetOf(file, specifier);
      if (!ALLOWED_IMPORTS[layer].includes(target)) {
        violations.push({
          file,
          line,
          message: `imports ${specifier} (${TARGET_PATHS[target]}), which ${LAYER_PATHS[layer]} may not`,
        });
      }
    } else {
      const refused = packageRefused(specifier, FORBIDDEN_PACKAGES[layer]);
      if (refused)
        violations.push({ file, line, message: `imports ${specifier}, which ${LAYER_PATHS[layer]} may not` });
    }
  }
  violations.push(...globalViolations(file, program, source, FORBIDDEN_GLOBALS[layer]));
  return violations.sort((a, b) => a.line - b.line);
}

/**
 * The vault's public entry holds re-exports only, each from a module
 * PUBLIC_ENTRY lists and of the kind it allows, and never a value from a
 * module the vault loads on demand (`lazyModules`, specifiers as index.ts
 * would spell them).
 */
export function checkPublicEntry(source: string, lazyModules: ReadonlySet<string>): Violation[] {
  const file = LAYER_PATHS['vault-public'];
  const violations: Violation[] = [];
  const refuse = (at: Node, message: string) => violations.push({ file, line: lineAt(source, at.start), message });
  for (const statement of parse(file, source).body as Node[]) {
    const from = staticString(statement.source);
    const allowed = from === undefined ? undefined : PUBLIC_ENTRY[from];
    if (!from || (statement.type !== 'ExportNamedDeclaration' && statement.type !== 'ExportAllDeclaration')) {
      refuse(statement, 'holds something other than a re-export');
      continue;
    }
    if (!allowed) {
      refuse(statement, `re-exports ${from}, which is not public`);
      continue;
    }
    const typeOnly = statement.exportKind === 'type';
    if (statement.type === 'ExportAllDeclaration') {
      if (allowed !== 'all' && !(typeOnly && allowed === 'types')) refuse(statement, `re-exports all of ${from}`);
      continue;
    }
    const values = (statement.specifiers as Node[]).filter((s) => !typeOnly && s.exportKind !== 'type');
    if (values.length > 0 && allowed === 'types') refuse(statement, `re-exports values from ${from}, types only`);
    if (values.length > 0 && lazyModules.has(from)) {
      refuse(statement, `re-exports values from ${from}, which the vault loads on demand`);
    }
  }
  return violations;
}

/** The specifiers a vault file loads with `import()`, as index.ts would spell them. */
export function lazyModulesOf(file: string, source: string): string[] {
  const lazy: string[] = [];
  walk(parse(file, source), (node) => {
    const specifier = node.type === 'ImportExpression' ? staticString(node.source) : undefined;
    if (specifier && targetOf(file, specifier) === 'vault') {
      const path = posix.normalize(posix.join(posix.dirname(file), specifier));
      lazy.push(`./${posix.relative('src/vault', path)}`);
    }
  });
  return lazy;
}

/** The allowed-edges table as README's rows: a layer, then what it may import. */
export function tableRows(): [string, string][] {
  return (Object.keys(ALLOWED_IMPORTS) as Layer[]).map((layer) => [
    `\`${LAYER_PATHS[layer]}\``,
    ALLOWED_IMPORTS[layer].map((target) => `\`${TARGET_PATHS[target]}\``).join(', '),
  ]);
}
