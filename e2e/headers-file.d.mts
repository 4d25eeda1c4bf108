/** Types of headers-file.mjs, which the static server runs as plain JavaScript. */
export interface HeaderRule {
  readonly path: string;
  readonly headers: [string, string][];
}
export function parseHeadersFile(text: string): HeaderRule[];
export function pathMatches(pattern: string, path: string): boolean;
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string>;
