/**
 * The protected copy (backup file): what it holds, what it shows, and that
 * nothing a file can contain makes openBackup throw anything but a
 * VaultError. Key derivation uses tiny Argon2id parameters (FAST_KDF and
 * others as cheap), which openBackup accepts because they ask for less work
 * than the app's own (kdf.ts KDF_CAPS).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../src/domain/history';
import { newOrganisation, type Organisation } from '../../src/domain/organisation';
import { type Person, personSchema } from '../../src/domain/person';
import { DEFAULT_SETTINGS, type Settings } from '../../src/domain/settings';
import {
  BACKUP_MAX_BYTES,
  type BackupContents,
  type OpenedBackup,
  openBackup,
  writeBackup,
} from '../../src/vault/backup';
import { framed, utf8 } from '../../src/vault/bytes';
import { VaultError, type VaultErrorCode } from '../../src/vault/errors';
import {
  ARGON2ID_DEFAULT,
  deriveKeyFromPassphrase,
  KDF_CAPS,
  type KdfParams,
  PBKDF2_DEFAULT,
  PBKDF2_MAX_ITERATIONS,
  withinKdfCaps,
} from '../../src/vault/kdf';
import { NotebookSession } from '../../src/vault/session';
import { containsText, FAST_KDF, freshName, person, rawDump } from './helpers';

const PASSPHRASE = 'a long and quiet river at night';
const MARKER = 'Zyxwv Marker';
const NOW = new Date('2025-03-04T05:06:07.000Z');

function fullPerson(): Person {
  return person(MARKER, {
    fullName: 'Qjxz Fullname Marker',
    relationship: 'cousin',
    phoneLabel: 'Qjxz Phonelabel',
    circle: 'family-origin',
    country: 'origin',
    phones: [
      { kind: 'mobile', number: '+1 202 555 0143' },
      { kind: 'work', number: '*67 911' },
    ],
    messaging: [
      { app: 'signal', detail: '' },
      { app: 'other', detail: 'Qjxz Messenger' },
    ],
    languages: ['Español', 'ગુજરાતી'],
    bestTimes: 'after 6',
    reachBy: ['call', 'in-person'],
    tasks: ['ride', 'keep-documents'],
    ownTasks: ['feed the cat'],
    screening: {
      answers: { 'trust.keepsDistance': 'yes', 'caution.blames': 'unsure', 'trust.sharesLanguage': 'no' },
      skipped: ['trust.answers'],
      resumeAt: 'caution.spreadsNews',
      finishedAt: null,
    },
    level: 'partial',
    category: 'primary',
    notes: 'Qjxz notes — 注意 — ملاحظة',
  });
}

function sampleContents(): BackupContents {
  const ana = fullPerson();
  const bo = person('Qjxz Second', { level: 'none', category: 'information' });
  const shelter: Organisation = {
    ...newOrganisation({ id: crypto.randomUUID(), name: 'Qjxz Shelter', now: NOW.toISOString() }),
    type: 'violence-programme',
    questions: {
      confidentiality: { answer: 'yes', note: 'they said so', askedOn: '2025-02-01' },
      contactsImmigration: { answer: 'no', note: '', askedOn: null },
      languageAccess: { answer: 'unsure', note: '', askedOn: null },
    },
    helps: ['interpreters', 'legal-referrals'],
    phones: [{ kind: 'work', number: '+1 202 555 0100' }],
    hours: 'Mon–Fri',
  };
  const history: HistoryEntry[] = [
    {
      id: crypto.randomUUID(),
      personId: ana.id,
      at: NOW.toISOString(),
      field: 'level',
      from: 'full',
      to: 'partial',
      reason: 'Qjxz reason',
    },
    {
      id: crypto.randomUUID(),
      personId: bo.id,
      at: NOW.toISOString(),
      field: 'category',
      from: null,
      to: 'information',
      reason: '',
    },
  ];
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    autoLockMinutes: 12,
    lockWhenHiddenAfterSeconds: null,
    reviewIntervalDays: 90,
    lastReviewedAt: NOW.toISOString(),
    callNoticeSeen: true,
  };
  return { people: [ana, bo], organisations: [shelter], history, settings };
}

function write(contents: BackupContents = sampleContents(), kdf: KdfParams = FAST_KDF): Promise<Uint8Array> {
  return writeBackup(contents, PASSPHRASE, { kdf, now: NOW });
}

const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const header = (bytes: Uint8Array): Record<string, unknown> => JSON.parse(decode(bytes)) as Record<string, unknown>;
const withHeader = (bytes: Uint8Array, change: Record<string, unknown>): Uint8Array =>
  encode(JSON.stringify({ ...header(bytes), ...change }));
const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
const fromBase64 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'base64'));

/** What openBackup did: its VaultError's code, 'opened', or the foreign thing it threw. */
type BackupReader = (bytes: Uint8Array, passphrase: string) => Promise<OpenedBackup>;

async function outcome(
  bytes: Uint8Array,
  passphrase = PASSPHRASE,
  open: BackupReader = openBackup,
): Promise<VaultErrorCode | 'opened'> {
  try {
    await open(bytes, passphrase);
    return 'opened';
  } catch (error) {
    if (error instanceof VaultError) return error.code;
    throw new Error(`openBackup threw something other than a VaultError: ${String(error)}`, { cause: error });
  }
}

/**
 * A file written from the README's description alone, with any plaintext:
 * checks the description, and reaches the checks made after decryption.
 */
async function fileFromSpec(
  plaintext: string,
  kdf: KdfParams = FAST_KDF,
  passphrase = PASSPHRASE,
): Promise<Uint8Array> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKeyFromPassphrase(passphrase, salt, kdf);
  const kdfList =
    kdf.name === 'argon2id' ? [kdf.name, kdf.memoryKiB, kdf.iterations, kdf.parallelism] : [kdf.name, kdf.iterations];
  const aad = framed([
    utf8('notebook/backup/v1'),
    utf8('notebook-backup'),
    utf8('1'),
    utf8(JSON.stringify(kdfList)),
    salt,
  ]);
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, utf8(plaintext)),
  );
  return encode(
    JSON.stringify({
      format: 'notebook-backup',
      version: 1,
      kdf,
      salt: base64(salt),
      iv: base64(iv),
      ciphertext: base64(ciphertext),
    }),
  );
}

describe('protected copy: writing and opening', () => {
  it('brings back every person, organisation, answer, level, history entry and setting exactly', async () => {
    const contents = sampleContents();
    const opened: OpenedBackup = await openBackup(await write(contents), PASSPHRASE);
    expect(opened.contents).toEqual(contents);
    expect(opened.summary).toEqual({ createdAt: NOW.toISOString(), people: 2, organisations: 1, history: 2 });
  });

  it('round-trips an empty notebook, and a passphrase typed in another Unicode form', async () => {
    const empty: BackupContents = { people: [], organisations: [], history: [], settings: DEFAULT_SETTINGS };
    const composed = 'contraseña café';
    const file = await writeBackup(empty, composed, { kdf: FAST_KDF });
    const opened = await openBackup(file, composed.normalize('NFD'));
    expect(opened.contents).toEqual(empty);
    expect(opened.summary.people).toBe(0);
  });

  it('writes UTF-8 JSON with the six documented fields and nothing readable or countable outside the ciphertext', async () => {
    const file = await write();
    const fields = header(file);
    expect(Object.keys(fields).sort()).toEqual(['ciphertext', 'format', 'iv', 'kdf', 'salt', 'version']);
    expect(fields).toMatchObject({ format: 'notebook-backup', version: 1, kdf: FAST_KDF });
    expect(fromBase64(String(fields.salt))).toHaveLength(16);
    expect(fromBase64(String(fields.iv))).toHaveLength(12);
    // The data's own words, whole: a bare "Qjxz" (four letters, searched case-blind) turned up in the base64
    // ciphertext by chance in about one file in 200.
    const words = ['Qjxz Fullname', 'Qjxz Shelter', 'Qjxz reason', 'cousin', 'Mon–Fri', '202 555', 'ગુજરાતી'];
    for (const text of [MARKER, ...words, 'createdAt', 'people', 'signal']) {
      expect(containsText(file, text), text).toBe(false);
      expect(decode(file).includes(text), text).toBe(false);
    }
  });

  it('pads the content, so one more person does not change the size', async () => {
    const contents = sampleContents();
    const one = await write({ ...contents, people: contents.people.slice(0, 1) });
    const two = await write(contents);
    expect(one.byteLength).toBe(two.byteLength);
  });

  it('uses a fresh salt and IV for every file', async () => {
    const contents = sampleContents();
    const files = await Promise.all([write(contents), write(contents), write(contents)]);
    const salts = new Set(files.map((file) => header(file).salt));
    const ivs = new Set(files.map((file) => header(file).iv));
    const ciphertexts = new Set(files.map((file) => header(file).ciphertext));
    expect([salts.size, ivs.size, ciphertexts.size]).toEqual([3, 3, 3]);
  });

  it('uses the default key derivation when none is asked for', async () => {
    const file = await writeBackup(sampleContents(), PASSPHRASE);
    expect(header(file).kdf).toEqual(ARGON2ID_DEFAULT);
  });

  it('opens a file made exactly as the README describes', async () => {
    const contents = sampleContents();
    const file = await fileFromSpec(JSON.stringify({ createdAt: NOW.toISOString(), ...contents }));
    expect((await openBackup(file, PASSPHRASE)).contents).toEqual(contents);
  });

  it('opens a file whose key derivation is PBKDF2, with the parameters the file gives', async () => {
    const contents = sampleContents();
    const file = await write(contents, { name: 'pbkdf2-sha256', iterations: 1000 });
    expect((await openBackup(file, PASSPHRASE)).contents).toEqual(contents);
  });
});

/** A copy as crafted by someone else: our header, with the key derivation changed to ask for this. */
async function craftedCopy(kdf: Record<string, unknown>): Promise<Uint8Array> {
  return withHeader(await write(), { kdf });
}

describe('protected copy: a header that asks for more work than the app ever uses', () => {
  const crafted: Array<[string, Record<string, unknown>]> = [
    [
      'Argon2id with 1 GiB, 64 passes and 16 lanes',
      { name: 'argon2id', memoryKiB: 1_048_576, iterations: 64, parallelism: 16 },
    ],
    ['Argon2id with more memory than the app uses', { ...ARGON2ID_DEFAULT, memoryKiB: ARGON2ID_DEFAULT.memoryKiB + 1 }],
    ['Argon2id with one pass more', { ...ARGON2ID_DEFAULT, iterations: ARGON2ID_DEFAULT.iterations + 1 }],
    ['Argon2id with a second lane', { ...FAST_KDF, parallelism: 2 }],
    ['Argon2id beyond any limit', { name: 'argon2id', memoryKiB: 2 ** 40, iterations: 2 ** 20, parallelism: 255 }],
    ['PBKDF2 above the most the calibration gives', { name: 'pbkdf2-sha256', iterations: PBKDF2_MAX_ITERATIONS + 1 }],
    ['PBKDF2 with a billion iterations', { name: 'pbkdf2-sha256', iterations: 1_000_000_000 }],
  ];

  it.each(crafted)('refuses %s with its own message, at once, without deriving', async (_, kdf) => {
    const file = await craftedCopy(kdf);
    const started = performance.now();
    expect(await outcome(file)).toBe('backup-too-costly');
    // Deriving with any of these would take seconds to minutes; a refusal takes a few milliseconds.
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('never writes a copy it would refuse to open', async () => {
    await expect(write(sampleContents(), { ...ARGON2ID_DEFAULT, iterations: 4 })).rejects.toBeInstanceOf(VaultError);
  });
});

describe('the work a header may ask for', () => {
  it('allows exactly what this app writes: its Argon2id, the calibrated PBKDF2 at either end, and cheaper', () => {
    expect(withinKdfCaps(ARGON2ID_DEFAULT)).toBe(true);
    expect(withinKdfCaps(FAST_KDF)).toBe(true);
    expect(withinKdfCaps(PBKDF2_DEFAULT)).toBe(true);
    expect(withinKdfCaps({ name: 'pbkdf2-sha256', iterations: PBKDF2_MAX_ITERATIONS })).toBe(true);
  });

  it('caps memory x passes x lanes as a whole, not only each on its own', () => {
    const { memoryKiB, iterations, parallelism, cost } = KDF_CAPS.argon2id;
    expect(cost).toBe(memoryKiB * iterations * parallelism);
    expect(cost).toBe(ARGON2ID_DEFAULT.memoryKiB * ARGON2ID_DEFAULT.iterations * ARGON2ID_DEFAULT.parallelism);
    expect(withinKdfCaps({ name: 'argon2id', memoryKiB, iterations, parallelism })).toBe(true);
    expect(withinKdfCaps({ name: 'argon2id', memoryKiB: memoryKiB + 8, iterations: 1, parallelism })).toBe(false);
  });
});

describe('protected copy: what goes wrong gets its own error', () => {
  it('says wrong-passphrase for a wrong passphrase', async () => {
    const file = await write();
    expect(await outcome(file, 'a long and quiet river at noon')).toBe('wrong-passphrase');
    expect(await outcome(file, '')).toBe('wrong-passphrase');
    expect(await outcome(file, PASSPHRASE.toUpperCase())).toBe('wrong-passphrase');
  });

  it('refuses to write a file under an empty passphrase', async () => {
    await expect(writeBackup(sampleContents(), '', { kdf: FAST_KDF })).rejects.toMatchObject({
      code: 'wrong-passphrase',
    });
  });

  it('refuses each changed header field with a VaultError, never opening it', async () => {
    const file = await write();
    const fields = header(file);
    const salt = fromBase64(String(fields.salt));
    const iv = fromBase64(String(fields.iv));
    const ciphertext = fromBase64(String(fields.ciphertext));
    const flip = (bytes: Uint8Array, at: number): Uint8Array => {
      const copy = new Uint8Array(bytes);
      copy[at] = (copy[at] ?? 0) ^ 0x01;
      return copy;
    };
    const changes: Array<[string, Record<string, unknown>, VaultErrorCode]> = [
      ['another format', { format: 'notebook-backup-x' }, 'backup-foreign'],
      ['no format', { format: undefined }, 'backup-foreign'],
      ['a newer version', { version: 2 }, 'backup-newer-version'],
      ['version 0', { version: 0 }, 'backup-damaged'],
      ['version as text', { version: '1' }, 'backup-damaged'],
      ['no version', { version: undefined }, 'backup-damaged'],
      ['other valid kdf parameters', { kdf: { ...FAST_KDF, iterations: 2 } }, 'wrong-passphrase'],
      ['another valid kdf', { kdf: { name: 'pbkdf2-sha256', iterations: 1000 } }, 'wrong-passphrase'],
      ['kdf out of bounds', { kdf: { ...FAST_KDF, memoryKiB: 4 } }, 'backup-damaged'],
      ['kdf asking for more passes than the app uses', { kdf: { ...FAST_KDF, iterations: 4 } }, 'backup-too-costly'],
      ['kdf with an unknown key', { kdf: { ...FAST_KDF, extra: 1 } }, 'backup-damaged'],
      [
        'argon2id with less than 8 KiB a lane',
        { kdf: { ...FAST_KDF, memoryKiB: 8, parallelism: 2 } },
        'backup-damaged',
      ],
      ['an unknown kdf', { kdf: { name: 'scrypt', n: 16 } }, 'backup-damaged'],
      ['a changed salt', { salt: base64(flip(salt, 0)) }, 'wrong-passphrase'],
      ['a short salt', { salt: base64(salt.slice(0, 15)) }, 'backup-damaged'],
      ['a salt not in base64', { salt: '!!not base64!!' }, 'backup-damaged'],
      ['a salt in base64 without padding', { salt: String(fields.salt).replace(/=+$/, '') }, 'backup-damaged'],
      ['a changed IV', { iv: base64(flip(iv, 11)) }, 'wrong-passphrase'],
      ['a long IV', { iv: base64(new Uint8Array(16)) }, 'backup-damaged'],
      ['a changed ciphertext', { ciphertext: base64(flip(ciphertext, 100)) }, 'wrong-passphrase'],
      ['a cut ciphertext', { ciphertext: base64(ciphertext.slice(0, ciphertext.length - 1)) }, 'wrong-passphrase'],
      ['a ciphertext shorter than a tag', { ciphertext: base64(ciphertext.slice(0, 8)) }, 'backup-damaged'],
      ['a ciphertext as a number', { ciphertext: 12 }, 'backup-damaged'],
      ['an extra field', { people: 3 }, 'backup-damaged'],
    ];
    for (const [what, change, expected] of changes) {
      expect(await outcome(withHeader(file, change)), what).toBe(expected);
    }
  });

  it('calls a file cut at any length damaged or foreign', async () => {
    const file = await write();
    for (let length = 0; length < file.byteLength; length++) {
      const code = await outcome(file.slice(0, length));
      // Once the format's name is in (`{"format":"notebook-backup"` is 27 bytes), it is recognisably ours.
      expect(code, `cut at ${length}`).toBe(length >= 27 ? 'backup-damaged' : 'backup-foreign');
    }
  });

  it('calls a file of ours with bytes that are not UTF-8 damaged', async () => {
    const file = await write();
    const broken = new Uint8Array(file);
    broken[200] = 0xff;
    expect(await outcome(broken)).toBe('backup-damaged');
  });

  it('calls anything that is not JSON, or JSON of another kind, foreign', async () => {
    const others = [
      new Uint8Array(0),
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      new Uint8Array([0xff, 0xfe, 0x00, 0x7b]),
      new Uint8Array([0xc3, 0x28, 0x7b, 0x7d]),
      encode('Dear diary'),
      encode('BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nEND:VCARD'),
      encode('[]'),
      encode('null'),
      encode('"notebook-backup"'),
      encode('{}'),
      encode('{"format":"other-app","version":1}'),
      encode('{"format":["notebook-backup"]}'),
      encode(JSON.stringify({ people: [{ label: 'Ana' }] })),
    ];
    for (const bytes of others) expect(await outcome(bytes), decode(bytes)).toBe('backup-foreign');
  });

  it('says a file from a newer version needs an update first', async () => {
    const file = await write();
    for (const version of [2, 3, 99]) {
      expect(await outcome(withHeader(file, { version }))).toBe('backup-newer-version');
    }
    // Whatever else a newer file looks like, it is the version that matters.
    expect(await outcome(encode('{"format":"notebook-backup","version":2,"something":"else"}'))).toBe(
      'backup-newer-version',
    );
  });

  it('refuses a file over 20 MB before reading it', async () => {
    const huge = new Uint8Array(BACKUP_MAX_BYTES + 1).fill(0x20);
    expect(await outcome(huge)).toBe('backup-foreign');
  });

  it('calls decrypted content that is not a valid notebook damaged', async () => {
    const contents = sampleContents();
    const [ana] = contents.people;
    const invalid = [
      'not json at all',
      '[]',
      JSON.stringify({ ...contents }),
      JSON.stringify({ createdAt: 'yesterday', ...contents }),
      JSON.stringify({ createdAt: NOW.toISOString(), ...contents, people: [{ ...ana, level: 'everything' }] }),
      JSON.stringify({ createdAt: NOW.toISOString(), ...contents, people: [ana, ana] }),
      JSON.stringify({ createdAt: NOW.toISOString(), ...contents, settings: { id: 'other' } }),
    ];
    for (const plaintext of invalid) {
      expect(await outcome(await fileFromSpec(plaintext)), plaintext.slice(0, 60)).toBe('backup-damaged');
    }
  });

  it('refuses contents it could not open again, before writing anything', async () => {
    const contents = sampleContents();
    const bad = { ...contents, people: [{ ...fullPerson(), label: '' }] };
    await expect(write(bad)).rejects.toBeInstanceOf(VaultError);
  });
});

/** Argon2id or PBKDF2 parameters cheap enough to derive thousands of times. */
const cheapKdf: fc.Arbitrary<KdfParams> = fc.oneof(
  fc.record({
    name: fc.constant('argon2id' as const),
    memoryKiB: fc.integer({ min: 16, max: 96 }),
    iterations: fc.integer({ min: 1, max: 2 }),
    parallelism: fc.constant(1),
  }),
  fc.record({ name: fc.constant('pbkdf2-sha256' as const), iterations: fc.integer({ min: 1, max: 200 }) }),
);

/** Asserts that openBackup rejects with a VaultError, or opens exactly the original. */
async function rejectsWithVaultErrorOrOpensOriginal(
  bytes: Uint8Array,
  original: BackupContents,
  open: BackupReader = openBackup,
): Promise<void> {
  let opened: OpenedBackup;
  try {
    opened = await open(bytes, PASSPHRASE);
  } catch (error) {
    expect(error).toBeInstanceOf(VaultError);
    return;
  }
  expect(opened.contents).toEqual(original);
}

async function rejectsWithVaultError(
  bytes: Uint8Array,
  passphrase = PASSPHRASE,
  open: BackupReader = openBackup,
): Promise<VaultErrorCode> {
  const code = await outcome(bytes, passphrase, open);
  if (code === 'opened') throw new Error('a file that should not open was opened');
  return code;
}

// Thousands of runs each: on a busy two-core machine they take far more than the default five seconds.
describe('protected copy: nothing in a file makes it throw anything but a VaultError (property-based)', {
  timeout: 60_000,
}, () => {
  it('random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), async (bytes) => {
        await rejectsWithVaultError(bytes);
      }),
      { numRuns: 1500 },
    );
  });

  it('random text, and random JSON values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary' }), fc.json()), async (text) => {
        await rejectsWithVaultError(encode(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('random objects that claim to be a protected copy', async () => {
    const anything = fc.jsonValue({ maxDepth: 2 });
    const base64Of = (min: number, max: number) =>
      fc.uint8Array({ minLength: min, maxLength: max }).map((bytes) => base64(bytes));
    const claim = fc.record(
      {
        format: fc.constant('notebook-backup'),
        version: fc.oneof(fc.constant(1), fc.integer({ min: -3, max: 5 }), anything),
        kdf: fc.oneof(cheapKdf, anything),
        salt: fc.oneof(base64Of(16, 16), base64Of(0, 24), fc.string()),
        iv: fc.oneof(base64Of(12, 12), base64Of(0, 24), fc.string()),
        ciphertext: fc.oneof(base64Of(16, 120), fc.string(), anything),
      },
      { requiredKeys: ['format'] },
    );
    await fc.assert(
      fc.asyncProperty(claim, fc.string(), async (object, passphrase) => {
        await rejectsWithVaultError(encode(JSON.stringify(object)), passphrase);
      }),
      { numRuns: 600 },
    );
  });

  it('10,000 random mutations of a valid file, opened by a notebook: flipped bytes, cuts, splices, changed fields; none changes it', {
    timeout: 120_000,
  }, async () => {
    // The copies are opened through a notebook, as the screens do, and its storage is compared after.
    const name = freshName();
    const session = new NotebookSession({ name, kdf: FAST_KDF });
    await session.start();
    await session.create('quiet river under the old bridge');
    await session.savePerson(person('Ana'));
    const before = await rawDump(name);
    const open: BackupReader = (bytes, passphrase) => session.openBackup(bytes, passphrase);
    const original = sampleContents();
    const file = await write(original);
    const fields = header(file);
    const fieldNames = Object.keys(fields);

    const flips = fc
      .array(fc.tuple(fc.nat({ max: file.byteLength - 1 }), fc.integer({ min: 1, max: 255 })), {
        minLength: 1,
        maxLength: 4,
      })
      .map((changes) => {
        const copy = new Uint8Array(file);
        for (const [at, mask] of changes) copy[at] = (copy[at] ?? 0) ^ mask;
        return copy;
      });
    const cuts = fc
      .tuple(fc.nat({ max: file.byteLength }), fc.nat({ max: file.byteLength }))
      .filter(([from, to]) => !(from === 0 && to === file.byteLength))
      .map(([from, to]) => file.slice(Math.min(from, to), Math.max(from, to)));
    const splices = fc
      .tuple(
        fc.nat({ max: file.byteLength }),
        fc.nat({ max: 40 }),
        fc.oneof(
          fc.uint8Array({ maxLength: 40 }),
          // Pieces of the file itself: plausible-looking text in the wrong place.
          fc.tuple(fc.nat({ max: file.byteLength }), fc.nat({ max: 60 })).map(([at, n]) => file.slice(at, at + n)),
        ),
      )
      .map(([at, removed, inserted]) => {
        const out = new Uint8Array(file.byteLength - Math.min(removed, file.byteLength - at) + inserted.byteLength);
        out.set(file.subarray(0, at));
        out.set(inserted, at);
        out.set(file.subarray(at + removed), at + inserted.byteLength);
        return out;
      })
      .filter((bytes) => !(bytes.byteLength === file.byteLength && bytes.every((byte, i) => byte === file[i])));
    const changedFields = fc
      .tuple(
        fc.constantFrom(...fieldNames),
        fc.oneof(fc.jsonValue({ maxDepth: 2 }), cheapKdf, fc.uint8Array({ maxLength: 24 }).map(base64)),
      )
      .filter(([name, value]) => JSON.stringify(value) !== JSON.stringify(fields[name]))
      .map(([name, value]) => encode(JSON.stringify({ ...fields, [name]: value })));

    const formatEnd = decode(file).indexOf('"notebook-backup"') + '"notebook-backup"'.length;
    await fc.assert(
      fc.asyncProperty(flips, async (bytes) => {
        const code = await rejectsWithVaultError(bytes, PASSPHRASE, open);
        // With the format's name intact, a changed file is ours: damaged (or, if it gets as far as decryption, a tag
        // that fails), or, where a digit of the key derivation grew, asking for more work than the app uses.
        if (bytes.subarray(0, formatEnd).every((byte, i) => byte === file[i])) {
          expect(['backup-damaged', 'backup-newer-version', 'backup-too-costly', 'wrong-passphrase']).toContain(code);
        }
      }),
      { numRuns: 4000 },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(cuts, splices, changedFields), async (bytes) => {
        await rejectsWithVaultErrorOrOpensOriginal(bytes, original, open);
      }),
      { numRuns: 6000 },
    );
    expect(await rawDump(name)).toEqual(before);
    expect(session.getState().phase).toBe('unlocked');
  });

  it('any valid person survives the round trip', async () => {
    // Limits count UTF-16 units, and one grapheme may be several.
    const text = (max: number) => fc.string({ unit: 'grapheme', maxLength: 30 }).filter((value) => value.length <= max);
    const anyPerson = fc
      .record({
        label: text(60).filter((value) => value.trim().length > 0),
        notes: text(4000),
        fullName: text(200),
      })
      .map(({ label, notes, fullName }) => personSchema.parse(person(label, { notes, fullName: fullName.trim() })));
    await fc.assert(
      fc.asyncProperty(fc.array(anyPerson, { maxLength: 4 }), async (people) => {
        const contents = { ...sampleContents(), people };
        expect((await openBackup(await write(contents), PASSPHRASE)).contents).toEqual(contents);
      }),
      { numRuns: 60 },
    );
  });
});
