/** Types of serve-with-headers.mjs, which also runs as a plain script. */
import type { Server } from 'node:http';
export function serveWithHeaders(root: string, port: number): Promise<Server>;
