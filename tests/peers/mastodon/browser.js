#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// A headless stand-in for the user's browser, for $BROWSER: opens the authorization page,
// answers its form (approve unless HEARKEN_TEST_DECISION=deny), and follows the redirect to
// the app's loopback listener. HEARKEN_TEST_STATE overrides the state sent back (forgery tests);
// HEARKEN_TEST_USER signs in as that local user (`brand` unless set).
// Writes what it did to HEARKEN_TEST_BROWSER_LOG when set.
'use strict';

const fs = require('node:fs');

async function main() {
  const start = process.argv[2];
  const log = (line) => { if (process.env.HEARKEN_TEST_BROWSER_LOG) fs.appendFileSync(process.env.HEARKEN_TEST_BROWSER_LOG, `${line}\n`); };
  log(`open ${start}`);
  const page = await fetch(start);
  const html = await page.text();
  if (page.status !== 200) { log(`page ${page.status}`); return; }
  const form = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/.exec(html);
  if (!form) { log('no form'); return; }
  const fields = new URLSearchParams();
  for (const input of form[2].matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)) {
    fields.append(input[1], input[2].replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
  }
  fields.append('decision', process.env.HEARKEN_TEST_DECISION || 'approve');
  if (process.env.HEARKEN_TEST_USER) fields.append('username', process.env.HEARKEN_TEST_USER);
  const answer = await fetch(new URL(form[1], start), { method: 'POST', body: fields, redirect: 'manual' });
  const location = answer.headers.get('location');
  log(`answer ${answer.status} ${location}`);
  if (!location) return;
  const callback = new URL(location);
  if (process.env.HEARKEN_TEST_STATE) callback.searchParams.set('state', process.env.HEARKEN_TEST_STATE);
  const done = await fetch(callback);
  log(`callback ${done.status}`);
}

main().catch((e) => {
  if (process.env.HEARKEN_TEST_BROWSER_LOG) fs.appendFileSync(process.env.HEARKEN_TEST_BROWSER_LOG, `error ${e.message}\n`);
  process.exit(1);
});
