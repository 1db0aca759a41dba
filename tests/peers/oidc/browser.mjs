#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// A headless stand-in for the user's browser on oidc-provider's development interactions:
// signs in (any name), then approves the consent, or aborts it when HEARKEN_TEST_DECISION=deny;
// follows the redirects to the app's loopback listener with the cookies a browser keeps.
// HEARKEN_TEST_STATE replaces the state sent back (forgery tests).
import http from 'node:http';
import fs from 'node:fs';

const log = (line) => { if (process.env.HEARKEN_TEST_BROWSER_LOG) fs.appendFileSync(process.env.HEARKEN_TEST_BROWSER_LOG, `${line}\n`); };
const jar = {};
function request(url, { method = 'GET', body } = {}) {
  return new Promise((resolve, reject) => {
    const headers = { cookie: Object.entries(jar).map(([k, v]) => `${k}=${v}`).join('; ') };
    if (body) headers['content-type'] = 'application/x-www-form-urlencoded';
    const req = http.request(url, { method, headers }, (res) => {
      for (const c of res.headers['set-cookie'] || []) {
        const [kv] = c.split(';');
        const i = kv.indexOf('=');
        jar[kv.slice(0, i).trim()] = kv.slice(i + 1).trim();
      }
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, location: res.headers.location, text: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

async function main() {
  let url = process.argv[2];
  log(`open ${url}`);
  for (let step = 0; step < 12; step++) {
    const target = new URL(url);
    if (target.hostname === '127.0.0.1' && target.pathname === '/callback') {
      if (process.env.HEARKEN_TEST_STATE) target.searchParams.set('state', process.env.HEARKEN_TEST_STATE);
      const done = await request(target.toString());
      log(`callback ${done.status}`);
      return;
    }
    const page = await request(url);
    if (page.location) { url = new URL(page.location, url).toString(); continue; }
    const form = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/.exec(page.text);
    if (!form) { log(`stuck at ${url} (${page.status})`); return; }
    const action = new URL(form[1], url).toString();
    if (process.env.HEARKEN_TEST_DECISION === 'deny' && /consent/i.test(page.text)) {
      const abort = /href="([^"]*abort[^"]*)"/.exec(page.text);
      url = new URL(abort[1], url).toString();
      continue;
    }
    const fields = new URLSearchParams();
    for (const input of form[2].matchAll(/<input[^>]*name="([^"]+)"[^>]*>/g)) {
      const value = /value="([^"]*)"/.exec(input[0]);
      fields.append(input[1], value ? value[1] : '');
    }
    if (fields.has('login')) fields.set('login', 'brand');
    if (fields.has('password')) fields.set('password', 'any');
    const answer = await request(action, { method: 'POST', body: fields.toString() });
    if (!answer.location) { log(`form answered ${answer.status}`); return; }
    url = new URL(answer.location, action).toString();
  }
}

main().catch((e) => { log(`error ${e.message}`); process.exit(1); });
