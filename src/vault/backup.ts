/**
 * The protected copy: the whole notebook in one file the survivor can keep
 * elsewhere, encrypted under a passphrase they choose for the file (not the
 * notebook's own key, which never leaves the vault).
 *
 * The file is UTF-8 JSON:
 *
 *   { "format": "notebook-backup", "version": 1, "kdf": {…}, "salt": base64,
 *     "iv": base64, "ciphertext": base64 }
 *
 * Nothing personal and no counts are outside the ciphertext. The plaintext is
 * JSON `{ createdAt, people, organisations, history, settings }`, padded with
 * spaces to a multiple of 4 KiB so the file's size says little about how many
 * people it holds. It is encrypted with AES-256-GCM under a key derived from
 * the passphrase (kdf.ts) with a fresh salt and IV for every file. The header
 * (format, version, kdf, salt) is bound as additional authenticated data, so
 * a file whose header was changed does not open; the IV and ciphertext are
 * covered by the GCM tag itself.
 *
 * Versioning: a reader opens every version up to its own and refuses a higher
 * one as "made by a newer version", never guessing at its layout. A change to
 * the header or the plaintext's layout needs a new version.
 *
 * Reading trusts nothing: every step is checked with zod before any crypto,
 * and the decrypted content is checked with the domain's schemas. Whatever
 * goes wrong, the only thing thrown is a VaultError.
 */
import { z } from 'zod';
import { timestampSchema } from '../domain/common';
import { type HistoryEntry, historyEntrySchema } from '../domain/history';
import { type Organisation, organisationSchema } from '../domain/organisation';
import { type Person, personSchema } from '../domain/person';
import { type Settings, settingsSchema } from '../domain/settings';
import { type Bytes, framed, IV_BYTES, randomBytes, utf8 } from './bytes';
import { toVaultError, VaultError } from './errors';
import {
  chooseKdfParams,
  type DeriveOptions,
  deriveKeyFromPassphrase,
  type KdfParams,
  SALT_BYTES,
  withinKdfCaps,
} from './kdf';
import { argon2idParamsSchema, pbkdf2ParamsSchema } from './kdf-schema';

export const BACKUP_FORMAT = 'notebook-backup';
export const BACKUP_VERSION = 1;
/** Larger than any notebook we expect; refused before it is even decoded. */
export const BACKUP_MAX_BYTES = 20 * 1024 * 1024;
/** AES-GCM's tag: a ciphertext shorter than this cannot be ours. */
const TAG_BYTES = 16;
/** The plaintext is padded to a multiple of this, so the size hides small counts. */
const PAD_BLOCK = 4096;
const AAD_LABEL = 'notebook/backup/v1';

export interface BackupContents {
  people: Person[];
  organisations: Organisation[];
  history: HistoryEntry[];
  settings: Settings;
}

/** What the survivor is shown before choosing to restore; counts only, nothing personal. */
export interface BackupSummary {
  createdAt: string;
  people: number;
  organisations: number;
  history: number;
}

export interface OpenedBackup {
  summary: BackupSummary;
  contents: BackupContents;
}

/**
 * The parameters a file may ask for: those of kdf.ts, with no unknown keys
 * (each key is bound in the additional data, so an extra one would be a
 * change that goes unnoticed), and Argon2id's own rule that memory is at
 * least 8 KiB per lane, which the library would otherwise throw on.
 */
const fileKdfSchema = z
  .discriminatedUnion('name', [z.strictObject(argon2idParamsSchema.shape), z.strictObject(pbkdf2ParamsSchema.shape)])
  .refine(
    (kdf) => kdf.name !== 'argon2id' || kdf.memoryKiB >= 8 * kdf.parallelism,
    'argon2id memory below 8 KiB a lane',
  );

/** Canonical base64 only: a second spelling of the same bytes would be a change the tag cannot see. */
function base64Schema(length?: number) {
  return z.string().transform((text, context): Bytes => {
    const bytes = fromBase64(text);
    if (bytes === null || (length !== undefined && bytes.byteLength !== length)) {
      context.addIssue({ code: 'custom', message: length === undefined ? 'not base64' : `expected ${length} bytes` });
      return z.NEVER;
    }
    return bytes;
  });
}

/** Just enough to tell our file from any other. */
const formatSchema = z.looseObject({ format: z.literal(BACKUP_FORMAT) });
/** Read before the rest, because a newer version may lay out everything else differently. */
const versionSchema = z.looseObject({ version: z.number().int().min(1) });

const headerSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  kdf: fileKdfSchema,
  salt: base64Schema(SALT_BYTES),
  iv: base64Schema(IV_BYTES),
  ciphertext: base64Schema().refine((bytes) => bytes.byteLength >= TAG_BYTES, 'shorter than a tag'),
});
type Header = z.output<typeof headerSchema>;

function uniqueIds(records: readonly { id: string }[]): boolean {
  return new Set(records.map((record) => record.id)).size === records.length;
}

const plaintextSchema = z.object({
  createdAt: timestampSchema,
  people: z.array(personSchema).refine(uniqueIds, 'repeated id'),
  organisations: z.array(organisationSchema).refine(uniqueIds, 'repeated id'),
  history: z.array(historyEntrySchema).refine(uniqueIds, 'repeated id'),
  settings: settingsSchema,
});

/**
 * The header as additional data, built from the parsed values in a fixed
 * order (not from the file's text), so only a change of meaning counts.
 */
function headerAad(header: Pick<Header, 'version' | 'kdf' | 'salt'>): Bytes {
  const kdf =
    header.kdf.name === 'argon2id'
      ? [header.kdf.name, header.kdf.memoryKiB, header.kdf.iterations, header.kdf.parallelism]
      : [header.kdf.name, header.kdf.iterations];
  return framed([
    utf8(AAD_LABEL),
    utf8(BACKUP_FORMAT),
    utf8(String(header.version)),
    utf8(JSON.stringify(kdf)),
    header.salt,
  ]);
}

/**
 * Encrypts the contents into the file's bytes. Throws only VaultErrors:
 * `wrong-passphrase` for an empty passphrase, `storage-failed` if the
 * contents are invalid or the device fails, `cancelled` when `signal` aborts
 * while the key is derived.
 */
export async function writeBackup(
  contents: BackupContents,
  passphrase: string,
  options: { kdf?: KdfParams; now?: Date } & DeriveOptions = {},
): Promise<Uint8Array> {
  try {
    // An empty passphrase protects nothing, and Argon2id cannot derive from one; the screens ask for one first.
    if (passphrase.length === 0) throw new VaultError('wrong-passphrase');
    const kdf = fileKdfSchema.parse(options.kdf ?? (await chooseKdfParams()));
    // Never write a file this app would refuse to open as asking too much.
    if (!withinKdfCaps(kdf)) throw new Error('key derivation parameters above what the app opens');
    // The same check as reading: never write a file that would not open again.
    const plaintext = plaintextSchema.parse({
      createdAt: (options.now ?? new Date()).toISOString(),
      people: contents.people,
      organisations: contents.organisations,
      history: contents.history,
      settings: contents.settings,
    });
    const json = utf8(JSON.stringify(plaintext));
    // Trailing spaces are valid JSON whitespace, so the reader needs no unpadding.
    const padded = new Uint8Array(Math.ceil(json.byteLength / PAD_BLOCK) * PAD_BLOCK).fill(0x20);
    padded.set(json);

    const salt = randomBytes(SALT_BYTES);
    const iv = randomBytes(IV_BYTES);
    const key = await deriveKeyFromPassphrase(passphrase, salt, kdf, { signal: options.signal });
    const ciphertext = new Uint8Array(
      await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv, additionalData: headerAad({ version: BACKUP_VERSION, kdf, salt }) },
        key,
        padded,
      ),
    );
    padded.fill(0);
    json.fill(0);
    const file = utf8(
      JSON.stringify({
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        kdf,
        salt: toBase64(salt),
        iv: toBase64(iv),
        ciphertext: toBase64(ciphertext),
      }),
    );
    // A file this app could not open again is worse than no file.
    if (file.byteLength > BACKUP_MAX_BYTES) throw new VaultError('storage-failed');
    return file;
  } catch (error) {
    throw toVaultError(error);
  }
}

/**
 * Checks and decrypts a file. Changes nothing stored. Throws only VaultErrors:
 * `backup-foreign`, `backup-damaged`, `backup-newer-version`,
 * `backup-too-costly` (its header asks for more work than the app ever uses),
 * `wrong-passphrase` (also for an empty passphrase), or `storage-failed` if
 * the device itself fails to derive the key; `cancelled` when `signal`
 * aborts while the key is derived.
 */
export async function openBackup(
  bytes: Uint8Array,
  passphrase: string,
  options: DeriveOptions = {},
): Promise<OpenedBackup> {
  try {
    return await openChecked(bytes, passphrase, options);
  } catch (error) {
    throw toVaultError(error);
  }
}

async function openChecked(bytes: Uint8Array, passphrase: string, options: DeriveOptions): Promise<OpenedBackup> {
  if (!(bytes instanceof Uint8Array) || typeof passphrase !== 'string') throw new VaultError('backup-foreign');
  // We never write a file this large, so it is not ours; refused before decoding it.
  if (bytes.byteLength > BACKUP_MAX_BYTES) throw new VaultError('backup-foreign');

  // A cut or garbled copy of our own file still names its format near the start: that is damage, not a foreign file.
  const ourFormatNamed = (text: string) => text.includes(`"${BACKUP_FORMAT}"`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new VaultError(ourFormatNamed(new TextDecoder('utf-8').decode(bytes)) ? 'backup-damaged' : 'backup-foreign');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new VaultError(ourFormatNamed(text) ? 'backup-damaged' : 'backup-foreign');
  }

  if (!formatSchema.safeParse(json).success) throw new VaultError('backup-foreign');
  const version = versionSchema.safeParse(json);
  if (!version.success) throw new VaultError('backup-damaged');
  if (version.data.version > BACKUP_VERSION) throw new VaultError('backup-newer-version');
  const header = headerSchema.safeParse(json);
  if (!header.success) throw new VaultError('backup-damaged');

  const { kdf, salt, iv, ciphertext } = header.data;
  // Refused before deriving: a header asking for more work than the app ever uses would freeze the phone.
  if (!withinKdfCaps(kdf)) throw new VaultError('backup-too-costly');
  // No file is written with an empty passphrase, so it opens none (and Argon2id would refuse it).
  if (passphrase.length === 0) throw new VaultError('wrong-passphrase');
  const key = await deriveKeyFromPassphrase(passphrase, salt, kdf, options);
  let plaintext: ArrayBuffer;
  try {
    plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: headerAad(header.data) },
      key,
      ciphertext,
    );
  } catch {
    // With AES-GCM a wrong passphrase and a changed ciphertext (or a header
    // changed to other valid values) fail the same tag check and cannot be
    // told apart. The header passed every check above, so the likelier cause
    // by far is the passphrase, and that is what the survivor can act on.
    throw new VaultError('wrong-passphrase');
  }

  let content: unknown;
  try {
    content = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plaintext));
  } catch {
    throw new VaultError('backup-damaged');
  } finally {
    new Uint8Array(plaintext).fill(0);
  }
  const parsed = plaintextSchema.safeParse(content);
  if (!parsed.success) throw new VaultError('backup-damaged');

  const { createdAt, people, organisations, history, settings } = parsed.data;
  return {
    summary: { createdAt, people: people.length, organisations: organisations.length, history: history.length },
    contents: { people, organisations, history, settings },
  };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode takes its bytes as arguments, and there is a limit to those.
  for (let offset = 0; offset < bytes.byteLength; offset += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
  }
  return btoa(binary);
}

/** The bytes, or null unless the text is exactly how toBase64 would spell them. */
function fromBase64(text: string): Bytes | null {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return toBase64(bytes) === text ? bytes : null;
}
