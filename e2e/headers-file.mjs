/**
 * Reads a `_headers` file as static hosts do (Netlify, Cloudflare Pages): a
 * line that starts at the margin is a path, where `*` stands for any run of
 * characters; the indented `Name: value` lines under it are the headers of
 * every request whose path it matches. `#` starts a comment line. When more
 * than one rule sets a header for a path, the values are joined with ", ".
 */

/**
 * @param {string} text
 * @returns {{ path: string, headers: [string, string][] }[]}
 */
export function parseHeadersFile(text) {
  /** @type {{ path: string, headers: [string, string][] }[]} */
  const rules = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      if (!trimmed.startsWith('/')) throw new Error(`_headers line ${index + 1}: a path starts with /`);
      rules.push({ path: trimmed, headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = trimmed.indexOf(':');
    if (!rule || colon < 1) throw new Error(`_headers line ${index + 1}: expected "Name: value" under a path`);
    rule.headers.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * @param {string} pattern
 * @param {string} path
 */
export function pathMatches(pattern, path) {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/**
 * The headers a request for `path` gets, names in lower case.
 * @param {{ path: string, headers: [string, string][] }[]} rules
 * @param {string} path
 * @returns {Map<string, string>}
 */
export function headersFor(rules, path) {
  /** @type {Map<string, string>} */
  const result = new Map();
  for (const rule of rules) {
    if (!pathMatches(rule.path, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const before = result.get(key);
      result.set(key, before === undefined ? value : `${before}, ${value}`);
    }
  }
  return result;
}
