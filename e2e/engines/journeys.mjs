/**
 * The core journeys, the same in every engine: each gets a fresh page (no
 * storage, no service worker) and the address of the production build.
 * They use the words and the roles of the Chromium specs (e2e/helpers.ts,
 * e2e/discretion.spec.ts, e2e/vault.spec.ts, e2e/content-security.spec.ts).
 */
import { pageHolds } from './page.mjs';

export const PASSPHRASE = 'river lantern quietly seven';

/** Two people, with what must never be readable in storage: the name and the number in every shape. */
const PEOPLE = [
  {
    label: 'Marisol Quintana',
    phone: '+1 415 555 0101',
    markers: ['Marisol', 'Quintana', '4155550101', '555 0101', '555-0101'],
  },
  {
    label: 'Yusuf Adeyemi',
    phone: '+44 20 7946 0958',
    markers: ['Yusuf', 'Adeyemi', '2079460958', '7946 0958', '7946-0958'],
  },
];

/** Key derivation is deliberately slow (about a second); a busy machine needs slack. */
const OPENING = 30_000;

const EXIT_PAGE = /\/exit\/recipes\.html$/;

function check(condition, message) {
  if (!condition) throw new Error(message);
}

async function chooseEnglish(you, origin) {
  await you.page.goto(`${origin}/`);
  await you.click({ role: 'button', name: 'English' });
}

async function createNotebook(you, origin) {
  await chooseEnglish(you, origin);
  await you.fill('Choose a passphrase', PASSPHRASE);
  await you.fill('Type it again', PASSPHRASE);
  await you.click({ role: 'button', name: 'Create my notebook' });
  await you.sees({ role: 'heading', name: 'Your list', level: 1 }, OPENING);
}

async function addPerson(you, { label, phone }) {
  await you.click({ role: 'button', name: 'Add someone' });
  await you.fill('Name to show', label);
  await you.fill('Phone number', phone);
  await you.click({ role: 'button', name: 'Save' });
  await you.sees({ text: label });
}

async function addBoth(you) {
  for (const someone of PEOPLE) await addPerson(you, someone);
}

async function unlock(you) {
  await you.fill('Passphrase', PASSPHRASE);
  await you.click({ role: 'button', name: 'Open' });
  await you.sees({ role: 'heading', name: 'Your list', level: 1 }, OPENING);
}

async function seesNobody(you) {
  for (const { label } of PEOPLE) await you.seesNo(label);
}

/** Runs in the page: every row of every object store of every IndexedDB database, bytes decoded as text. */
async function readIndexedDb() {
  const decode = (value) => {
    if (value instanceof ArrayBuffer) return decode(new Uint8Array(value));
    if (ArrayBuffer.isView(value)) {
      const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
      return {
        utf8: new TextDecoder().decode(bytes),
        latin1: Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''),
      };
    }
    if (Array.isArray(value)) return value.map(decode);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, decode(inner)]));
    }
    return value;
  };
  const open = (name) =>
    new Promise((resolve, reject) => {
      const request = window.indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const out = {};
  for (const { name } of await window.indexedDB.databases()) {
    const db = await open(name);
    for (const store of Array.from(db.objectStoreNames)) {
      out[`${name}/${store}`] = await new Promise((resolve, reject) => {
        const request = db.transaction(store, 'readonly').objectStore(store).getAll();
        request.onsuccess = () => resolve(decode(request.result));
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
  }
  out.localStorage = { ...localStorage };
  out.sessionStorage = { ...sessionStorage };
  return JSON.stringify(out);
}

/** Runs in the page: whether a service worker controls it. */
function controlled() {
  return Boolean(navigator.serviceWorker?.controller);
}

async function leavesWithoutTrace(you) {
  await you.waitFor(() => /\/exit\/recipes\.html$/.test(location.pathname), 'the exit page');
  check(EXIT_PAGE.test(await you.page.url()), 'the exit page is shown');
  await you.sees({ role: 'heading', name: 'Easy weeknight recipes', level: 1 });
  await you.page.back();
  // Back shows the exit page again or an empty tab: nothing of the app, never the list.
  const url = await you.page.url();
  check(!/^https?:\/\/[^/]+\/(\?.*)?$/.test(url), `Back returned to the app (${url})`);
  await seesNobody(you);
  check(!(await you.page.evaluate(pageHolds, 'Your list')), 'Back shows the list');
}

export const JOURNEYS = [
  {
    name: 'the first visit asks for a language, then speaks it',
    async run(you, { origin }) {
      await you.page.goto(`${origin}/`);
      await you.sees({ role: 'heading', name: 'Choose your language', level: 1 });
      await you.click({ role: 'button', name: 'Español' });
      await you.waitFor(() => document.documentElement.lang === 'es', 'the page to be in Spanish');
      await you.page.reload();
      await you.waitFor(() => document.documentElement.lang === 'es', 'Spanish to be kept after a reload');
    },
  },
  {
    name: 'creates a notebook with a passphrase, without waiting on any browser prompt',
    async run(you, { origin, engine }) {
      await createNotebook(you, origin);
      await you.sees({ role: 'button', name: 'Add someone' });
      await you.click({ role: 'button', name: 'Settings' });
      await you.sees({ role: 'heading', name: 'Keeping your notebook on this phone', level: 2 });
      // Firefox answers persist() only once the person has answered its question; here nobody does.
      const answer = {
        firefox: 'This browser was asked to keep your notebook and has not answered yet.',
        webkit: 'This browser does not say whether it will keep your notebook.',
      }[engine];
      await you.waitFor(pageHolds, `"${answer}"`, undefined, answer);
    },
  },
  {
    name: 'adds two people to the list',
    async run(you, { origin }) {
      await createNotebook(you, origin);
      await addBoth(you);
      for (const { label } of PEOPLE) await you.sees({ text: label });
    },
  },
  {
    name: 'keeps nothing readable in IndexedDB: no name, no number',
    async run(you, { origin }) {
      await createNotebook(you, origin);
      await addBoth(you);
      const stored = await you.page.evaluate(readIndexedDb);
      check(stored.includes('notebook/people'), 'the people store was read');
      for (const marker of [...PEOPLE.flatMap(({ markers }) => markers), PASSPHRASE]) {
        check(!stored.includes(marker), `"${marker}" is readable in the origin's storage`);
      }
    },
  },
  {
    name: 'locks on reload and opens again with the passphrase',
    async run(you, { origin }) {
      await createNotebook(you, origin);
      await addBoth(you);
      await you.page.reload();
      await you.sees({ label: 'Passphrase' });
      await seesNobody(you);
      await unlock(you);
      for (const { label } of PEOPLE) await you.sees({ text: label });
    },
  },
  {
    name: 'Lock hides everything until the passphrase is typed again',
    async run(you, { origin }) {
      await createNotebook(you, origin);
      await addPerson(you, PEOPLE[0]);
      await you.click({ role: 'button', name: 'Lock' });
      await you.sees({ label: 'Passphrase' });
      await seesNobody(you);
      await unlock(you);
      await you.sees({ text: PEOPLE[0].label });
    },
  },
  {
    name: 'the Exit button leaves for an ordinary page; Back shows nothing of the notebook',
    async run(you, { origin }) {
      await createNotebook(you, origin);
      await addPerson(you, PEOPLE[0]);
      await you.click({ role: 'button', name: 'Exit: leave this page now' });
      await leavesWithoutTrace(you);
    },
  },
  {
    name: 'Shift pressed three times leaves; Back shows nothing of the notebook',
    async run(you, { origin }) {
      await createNotebook(you, origin);
      await addPerson(you, PEOPLE[0]);
      await you.page.press('Shift');
      await you.sees({ text: 'Press Shift 2 more times to leave this page.' });
      await you.page.press('Shift');
      await you.sees({ text: 'Press Shift 1 more time to leave this page.' });
      await you.page.press('Shift');
      await leavesWithoutTrace(you);
    },
  },
  {
    name: 'covers the page and locks when it is hidden, as when switching to another app',
    async run(you, { origin }) {
      await createNotebook(you, origin);
      await addPerson(you, PEOPLE[0]);
      await you.page.hide();
      await you.waitFor(() => document.visibilityState === 'hidden', 'the page to be hidden');
      await you.waitFor(
        () => document.documentElement.classList.contains('covered'),
        'the page to be covered while hidden',
      );
      await you.page.show();
      await you.waitFor(() => document.visibilityState === 'visible', 'the page to be shown again');
      await you.sees({ label: 'Passphrase' });
      await seesNobody(you);
      await unlock(you);
      await you.sees({ text: PEOPLE[0].label });
    },
  },
  {
    name: 'the service worker takes control, and the app opens with the server stopped',
    async run(you, { startServer }) {
      const server = await startServer();
      try {
        await createNotebook(you, server.origin);
        await addPerson(you, PEOPLE[0]);
        await you.waitFor(controlled, 'the service worker to take control', OPENING);
      } finally {
        await server.stop();
      }
      await you.page.reload();
      await you.sees({ label: 'Passphrase' }, OPENING);
      await unlock(you);
      await you.sees({ text: PEOPLE[0].label });
      await you.click({ role: 'button', name: 'Settings' });
      await you.sees({ role: 'heading', name: 'Settings', level: 1 });
    },
  },
  {
    name: 'a walk through the app breaks no rule of its Content-Security-Policy and logs no error',
    async run(you, { origin }) {
      await createNotebook(you, origin);
      await addPerson(you, PEOPLE[0]);
      await you.click({ role: 'button', name: `Answer a few questions: ${PEOPLE[0].label}` });
      await you.click({ role: 'button', name: 'Start' });
      await you.click({ role: 'button', name: 'Yes' });
      await you.click({ role: 'button', name: 'See the suggestion' });
      await you.click({ role: 'button', name: 'Lock' });
      await unlock(you);
      for (const [section, heading] of [
        ['Steps', 'Step by step'],
        ['Help', 'Help'],
        ['Settings', 'Settings'],
      ]) {
        await you.click({ role: 'button', name: section });
        await you.sees({ role: 'heading', name: heading, level: 1 });
      }
      await you.click({ role: 'button', name: 'Your list' });
      await you.sees({ text: PEOPLE[0].label });
      const problems = await you.page.problems();
      check(problems.length === 0, problems.join('\n'));
    },
  },
];
