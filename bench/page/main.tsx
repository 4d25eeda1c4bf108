/**
 * The benchmark page. It runs the app's real code (src/vault, src/app/i18n,
 * src/features) in the browser and hands its timings to bench/run.mjs
 * through `window.bench`. Each function is one measurement; run.mjs decides
 * how many runs and takes the medians.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { setupI18n, UNLOCKED_NAMESPACES } from '../../src/app/i18n';
import { LIST_PAGE_SIZE } from '../../src/features/list/TheList';
import { NotebookProvider, useSessionState } from '../../src/features/notebook';
import { People } from '../../src/features/people/People';
import { randomBytes } from '../../src/vault/bytes';
import {
  ARGON2ID_DEFAULT,
  calibratePbkdf2,
  deriveKeyFromPassphrase,
  type KdfParams,
  SALT_BYTES,
} from '../../src/vault/kdf';
import { deriveBitsHere } from '../../src/vault/kdf-bits';
import { NotebookSession } from '../../src/vault/session';
import { Vault } from '../../src/vault/vault';
import '../../src/ui/styles.css';
import { makePeople } from './fixture';

const BENCH_DATABASE = 'notebook-bench';
const PASSPHRASE = 'river lantern quietly seven';

export interface KdfRun {
  params: KdfParams;
  /** Time spent choosing the parameters (PBKDF2's calibration; nothing for Argon2id). */
  calibrationMs: number;
  /** One derivation each, in order; the first Argon2id run also loads its chunk and compiles the WebAssembly. */
  samplesMs: number[];
}

export type KdfPlace = 'worker' | 'page';

/** The fallback's path: the same bits derived on the page, made into the same kind of key. */
async function deriveOnThePage(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  params: KdfParams,
): Promise<CryptoKey> {
  const secret = new TextEncoder().encode(passphrase.normalize('NFC'));
  const raw = await deriveBitsHere(secret, salt, params);
  try {
    return await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']);
  } finally {
    raw.fill(0);
    secret.fill(0);
  }
}

export interface SeedResult {
  people: number;
  seedMs: number;
}

export interface PeopleRun {
  /** Records Vault.readAll returned, and how many it reported damaged. */
  people: number;
  damaged: number;
  /** `li.person` elements in the DOM when the first page of the list was there (LIST_PAGE_SIZE of them). */
  shownItems: number;
  /** The count the list says it holds ("Showing 50 of …"). */
  listedTotal: number;
  /** Vault.readAll: read, decrypt and validate every record (the key is already derived). */
  readAllMs: number;
  /** From readAll's result to the People screen holding its first page of people in the DOM. */
  renderMs: number;
  /** From the start of readAll to the first page of people in the DOM. */
  shownMs: number;
  /** From the start of readAll to the frame after that (painted). */
  paintedMs: number;
  /** From a click on "Show more" to the next page of people in the DOM. */
  moreMs: number;
}

export interface BenchApi {
  ready: true;
  /** `worker`: as the app derives (kdf.worker.ts); `page`: on the page itself, as where there is no worker. */
  kdf(name: KdfParams['name'], runs: number, where?: KdfPlace): Promise<KdfRun>;
  seed(count: number): Promise<SeedResult>;
  people(expected: number): Promise<PeopleRun>;
}

declare global {
  interface Window {
    bench?: BenchApi;
  }
}

async function kdf(name: KdfParams['name'], runs: number, where: KdfPlace = 'worker'): Promise<KdfRun> {
  const calibrating = performance.now();
  // The fallback as a notebook made here would get it: calibrated on this device (kdf.ts).
  const params = name === 'argon2id' ? ARGON2ID_DEFAULT : await calibratePbkdf2();
  const calibrationMs = performance.now() - calibrating;
  const samplesMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    const salt = randomBytes(SALT_BYTES);
    const started = performance.now();
    const key =
      where === 'worker'
        ? await deriveKeyFromPassphrase(PASSPHRASE, salt, params)
        : await deriveOnThePage(PASSPHRASE, salt, params);
    samplesMs.push(performance.now() - started);
    if (key.algorithm.name !== 'AES-GCM') throw new Error(`unexpected key: ${key.algorithm.name}`);
  }
  return { params, calibrationMs, samplesMs };
}

/** A notebook made with the production defaults (Argon2id), holding `count` people. */
async function seed(count: number): Promise<SeedResult> {
  const started = performance.now();
  let vault = new Vault({ name: BENCH_DATABASE });
  await vault.open();
  if (await vault.hasNotebook()) {
    await vault.deleteDatabase();
    vault = new Vault({ name: BENCH_DATABASE });
    await vault.open();
  }
  await vault.create(PASSPHRASE);
  const saved = await vault.putMany('people', makePeople(count));
  vault.close();
  return { people: saved.length, seedMs: performance.now() - started };
}

/** What App shows by phase, reduced to the two phases measured here. */
function Shell() {
  const state = useSessionState();
  return state.phase === 'unlocked' ? (
    <People
      grouping="category"
      onGrouping={() => undefined}
      onDetails={() => undefined}
      onOrganisation={() => undefined}
      onScreen={() => undefined}
      onStart={() => undefined}
      onEmergency={() => undefined}
      onReview={() => undefined}
    />
  ) : (
    <p role="status">{state.phase}</p>
  );
}

function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
}

/** A task queued from a frame callback runs once that frame is painted. */
function afterNextPaint(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    }),
  );
}

/** Resolves with the time at which `done()` first holds after a change under `container`. */
function rowsInDom(container: HTMLElement, done: () => boolean, what: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`the People screen did not show ${what}`));
    }, 30_000);
    const observer = new MutationObserver(() => {
      if (!done()) return;
      const at = performance.now();
      observer.disconnect();
      clearTimeout(timer);
      resolve(at);
    });
    observer.observe(container, { childList: true, subtree: true });
  });
}

/**
 * One cold unlock in a freshly loaded page: the session starts locked with
 * the screen already mounted, as in the app; the passphrase is derived
 * (not timed); the clock starts when Vault.readAll starts and stops when
 * the first page of the list (LIST_PAGE_SIZE people, the rest one
 * "Show more" away) is in the DOM. As in the app, the sealed rows are read
 * from storage while the passphrase is derived, so the timed part is opening,
 * validating and showing them. Then one "Show more", timed.
 */
async function people(expected: number): Promise<PeopleRun> {
  const container = document.getElementById('root');
  if (!container) throw new Error('no #root');
  const session = new NotebookSession({ name: BENCH_DATABASE });
  const [i18n] = await Promise.all([setupI18n('en'), session.start()]);
  // In the app these load with the screens behind the passphrase; here they are ready, like the screens' code.
  await i18n.loadNamespaces(UNLOCKED_NAMESPACES);
  if (session.getState().phase !== 'locked') throw new Error(`session is ${session.getState().phase}, not locked`);

  const marks: { readAllStart?: number; readAllEnd?: number; people?: number; damaged?: number } = {};
  const readAll = Vault.prototype.readAll;
  Vault.prototype.readAll = async function timedReadAll(this: Vault) {
    marks.readAllStart = performance.now();
    const contents = await readAll.call(this);
    marks.readAllEnd = performance.now();
    marks.people = contents.people.length;
    marks.damaged = contents.damaged.length;
    return contents;
  };

  createRoot(container).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <NotebookProvider session={session}>
          <Shell />
        </NotebookProvider>
      </I18nextProvider>
    </StrictMode>,
  );
  await nextFrame();
  await afterNextPaint();

  const rows = () => container.querySelectorAll('li.person').length;
  const firstPage = Math.min(expected, LIST_PAGE_SIZE);
  const shown = rowsInDom(container, () => rows() >= firstPage, `the first ${firstPage} people`);
  await session.unlock(PASSPHRASE);
  const shownAt = await shown;
  const paintedAt = await afterNextPaint();
  Vault.prototype.readAll = readAll;
  const shownItems = rows();
  const listedTotal = Number(
    /(\d+)\D*$/.exec(container.querySelector('.list-more [role="status"]')?.textContent ?? '')?.[1],
  );

  const more = [...container.querySelectorAll('button')].find((button) => button.textContent === 'Show more');
  if (!more) throw new Error('no "Show more" button under the first page');
  const nextPage = rowsInDom(container, () => rows() >= shownItems + LIST_PAGE_SIZE, 'the next page');
  const clickedAt = performance.now();
  more.click();
  const moreAt = await nextPage;

  const { readAllStart, readAllEnd } = marks;
  if (readAllStart === undefined || readAllEnd === undefined) throw new Error('Vault.readAll was not called');
  return {
    people: marks.people ?? 0,
    damaged: marks.damaged ?? 0,
    shownItems,
    listedTotal,
    readAllMs: readAllEnd - readAllStart,
    renderMs: shownAt - readAllEnd,
    shownMs: shownAt - readAllStart,
    paintedMs: paintedAt - readAllStart,
    moreMs: moreAt - clickedAt,
  };
}

window.bench = { ready: true, kdf, seed, people };
