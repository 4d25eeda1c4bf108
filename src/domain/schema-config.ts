/**
 * zod, set up once for a page whose Content-Security-Policy forbids eval.
 * Otherwise, the first time zod checks an object it tries `new Function` to
 * see whether it may compile a faster checker; the attempt fails quietly,
 * but the browser reports it as a policy violation. `jitless` skips the
 * attempt (and the compiled checker it would need eval for). Every module
 * that defines schemas imports this first.
 */
import { config } from 'zod/mini';

config({ jitless: true });
