import { runLighthouse } from './lighthouse.mjs';

const r = await runLighthouse({
  root: process.cwd(),
  chromiumPath: '/usr/bin/chromium',
  chromiumArgs: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ],
  runs: 1,
  log: console.error,
});
console.log(JSON.stringify(r, null, 1));
