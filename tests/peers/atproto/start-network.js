#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
'use strict'
// Starts PLC + PDS (with its OAuth provider) + AppView + Ozone from @atproto/dev-env on free
// loopback ports, seeds the accounts of seed.js, writes the network's state as JSON to
// ATP_STATE_FILE (atomically) and runs until SIGTERM, then drops its PostgreSQL schemas and
// its temporary files.
//
// Env: DB_POSTGRES_URL (required), ATP_STATE_FILE (required), ATP_TMP_DIR (required),
//      ATP_MODULES_DIR (folder holding node_modules), LOG_ENABLED=true for service logs.

// dev-env asserts REDIS_HOST is set, but nothing connects to it.
process.env.REDIS_HOST = process.env.REDIS_HOST || '127.0.0.1:6379'

const fs = require('node:fs')
const net = require('node:net')
const path = require('node:path')
const t0 = Date.now()

const dbUrl = process.env.DB_POSTGRES_URL
const stateFile = process.env.ATP_STATE_FILE
if (!dbUrl || !stateFile || !process.env.ATP_TMP_DIR) {
  console.error('DB_POSTGRES_URL, ATP_STATE_FILE and ATP_TMP_DIR are required')
  process.exit(2)
}
// The PDS keeps SQLite files and blobs under os.tmpdir(): keep them in a per-run folder.
const runTmp = path.resolve(process.env.ATP_TMP_DIR, `run-${process.pid}`)
fs.mkdirSync(runTmp, { recursive: true })
process.env.TMPDIR = runTmp

const modDir = path.resolve(process.env.ATP_MODULES_DIR || __dirname)
const requireDep = (name) => require(require.resolve(name, { paths: [modDir] }))
const { TestNetwork } = requireDep('@atproto/dev-env')
const { seed, seedIndexed } = require('./seed')

// The AppView only accepts [A-Za-z_] in schema names; a fresh schema per run.
const schema = 'run_' + Array.from({ length: 10 }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(Math.random() * 26)]).join('')

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

async function dropSchemas() {
  const { Client } = requireDep('pg')
  const c = new Client({ connectionString: dbUrl })
  await c.connect()
  for (const s of [`appview_${schema}`, `ozone_${schema}`, `bsync_${schema}`]) {
    await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`)
  }
  await c.end()
}

// An app-password access token for `did` that expired an hour ago, signed like the PDS signs
// them (dev-env's JWT secret), so tests can watch a client refresh it.
async function expiredAccessJwt(did, serviceDid) {
  const jose = requireDep('jose')
  const crypto = require('node:crypto')
  const now = Math.floor(Date.now() / 1000)
  return new jose.SignJWT({ scope: 'com.atproto.access' })
    .setProtectedHeader({ typ: 'at+jwt', alg: 'HS256' })
    .setAudience(serviceDid)
    .setSubject(did)
    .setIssuedAt(now - 7200)
    .setExpirationTime(now - 3600)
    .sign(crypto.createSecretKey(Buffer.from('jwt-secret')))
}

async function main() {
  const ports = { plc: await freePort(), pds: await freePort(), appview: await freePort(), ozone: await freePort() }
  const network = await TestNetwork.create({
    dbPostgresUrl: dbUrl,
    dbPostgresSchema: schema,
    plc: { port: ports.plc },
    // hostname localhost: the OAuth issuer and public URL are http://localhost:<port>.
    pds: { port: ports.pds, hostname: 'localhost', enableDidDocWithSession: true },
    bsky: { port: ports.appview, publicUrl: `http://localhost:${ports.appview}` },
    ozone: {
      port: ports.ozone,
      chatUrl: 'http://localhost:2590',
      chatDid: 'did:example:chat',
      dbMaterializedViewRefreshIntervalMs: 30_000,
    },
  })
  const tNet = Date.now()
  const seeded = await seed(network)
  if (!(await seedIndexed(network, seeded))) {
    console.error('The AppView did not index every seeded notification')
    try { await network.close() } catch {}
    await dropSchemas()
    fs.rmSync(runTmp, { recursive: true, force: true })
    process.exit(3)
  }
  seeded.alice.expiredAccessJwt = await expiredAccessJwt(seeded.alice.did, network.pds.ctx.cfg.service.did)
  const state = {
    pid: process.pid,
    plc: network.plc.url,
    pds: network.pds.url,
    pdsDid: network.pds.ctx.cfg.service.did,
    appview: network.bsky.url,
    appviewDid: network.bsky.serverDid,
    networkMs: tNet - t0,
    seedMs: Date.now() - tNet,
    // The headless stand-in for the system browser (see fake-browser.js).
    fakeBrowser: path.join(__dirname, 'fake-browser.js'),
    // @atproto/api's own facet detection, for comparing Hearken's with it.
    detectFacets: path.join(__dirname, 'detect-facets.js'),
    modules: modDir,
    seed: seeded,
  }
  fs.writeFileSync(stateFile + '.tmp', JSON.stringify(state))
  fs.renameSync(stateFile + '.tmp', stateFile)
  console.log(`READY in ${((Date.now() - t0) / 1000).toFixed(1)}s`)

  let closing = false
  const shutdown = async () => {
    if (closing) return
    closing = true
    setTimeout(() => process.exit(1), 15_000).unref()
    try { await network.close() } catch (e) { console.error('close error', e) }
    try { await dropSchemas() } catch (e) { console.error('drop schema error', e) }
    fs.rmSync(runTmp, { recursive: true, force: true })
    process.exit(0)
  }
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
}

main().catch(async (err) => {
  console.error('FAILED to start the network:', err)
  try { await dropSchemas() } catch {}
  fs.rmSync(runTmp, { recursive: true, force: true })
  process.exit(1)
})
