// SPDX-License-Identifier: GPL-3.0-or-later
'use strict'
// What the Bluesky tests find on the network: alice.test is the brand, bob.test and
// carol.test talk to her. Returns plain data (handles, passwords, DIDs, post refs).

const { seedThreads, threadsIndexed } = require('./seed-threads')

const ACCOUNTS = {
  alice: { handle: 'alice.test', email: 'alice@test.com', password: 'alice-pass' },
  bob: { handle: 'bob.test', email: 'bob@test.com', password: 'bob-pass' },
  carol: { handle: 'carol.test', email: 'carol@test.com', password: 'carol-pass' },
}

// A facet's offsets are UTF-8 byte offsets into the text.
function facet(text, part, feature) {
  const start = Buffer.byteLength(text.slice(0, text.indexOf(part)), 'utf8')
  return { index: { byteStart: start, byteEnd: start + Buffer.byteLength(part, 'utf8') }, features: [feature] }
}
const mention = (text, part, did) => facet(text, part, { $type: 'app.bsky.richtext.facet#mention', did })
const link = (text, part, uri) => facet(text, part, { $type: 'app.bsky.richtext.facet#link', uri })
const tag = (text, part) => facet(text, part, { $type: 'app.bsky.richtext.facet#tag', tag: part.slice(1) })

async function seed(network) {
  const sc = network.getSeedClient()
  const alice = await sc.createAccount('alice', ACCOUNTS.alice)
  const bob = await sc.createAccount('bob', ACCOUNTS.bob)
  const carol = await sc.createAccount('carol', ACCOUNTS.carol)
  const profile = (did, displayName, description) =>
    sc.agent.com.atproto.repo.putRecord(
      {
        repo: did,
        collection: 'app.bsky.actor.profile',
        rkey: 'self',
        record: { $type: 'app.bsky.actor.profile', displayName, description },
      },
      { encoding: 'application/json', headers: sc.getHeaders(did) },
    )
  await profile(alice.did, 'Alice Brand', 'Official brand account')
  await profile(bob.did, 'Bob Fan', 'Big fan')
  await profile(carol.did, 'Carol Critic', 'Says what she thinks')
  await sc.follow(bob.did, alice.did)
  await sc.follow(alice.did, bob.did)

  const root = await sc.post(alice.did, 'Hello from the brand! Our new product is out.')
  // The AppView indexes each repo's events on its own: a reply indexed before its parent
  // notifies nobody (post.ts starts its notified set with the parent's own author when it
  // indexes the parent late). So every parent is indexed before anyone answers it.
  await network.processAll()
  // Multi-byte characters before the facets, so byte and character offsets differ.
  const mentionText = 'Grüße 👋 @alice.test, when is the next release? See example.com/notes #release'
  const bobMention = await sc.post(bob.did, mentionText, [
    mention(mentionText, '@alice.test', alice.did),
    link(mentionText, 'example.com/notes', 'https://example.com/notes'),
    tag(mentionText, '#release'),
  ])
  const bobReply = await sc.reply(bob.did, root.ref, root.ref, 'Congrats, love it!')
  await network.processAll()
  const bobQuote = await sc.post(bob.did, 'Look at this!', undefined, undefined, root.ref)
  const carolReply = await sc.reply(carol.did, root.ref, root.ref, 'The update broke my settings, this is awful.')
  await sc.like(bob.did, root.ref)
  // Our own answers, made outside Hearken: a reply thanking bob and a like of his quote.
  const aliceThanks = await sc.reply(alice.did, root.ref, bobReply.ref, 'Thank you so much, Bob!')
  await sc.like(alice.did, bobQuote.ref)

  const threads = await seedThreads(network, sc, bob, carol)

  const ref = (p) => p.ref.raw
  return {
    alice: { ...ACCOUNTS.alice, did: alice.did },
    bob: { ...ACCOUNTS.bob, did: bob.did },
    carol: { ...ACCOUNTS.carol, did: carol.did },
    ...threads.accounts,
    erinHistory: threads.erin,
    posts: {
      ...threads.posts,
      aliceRoot: ref(root),
      bobMention: ref(bobMention),
      bobReply: ref(bobReply),
      bobQuote: ref(bobQuote),
      carolReply: ref(carolReply),
      aliceThanks: ref(aliceThanks),
    },
  }
}

// Waits until the AppView shows alice every seeded mention, reply and quote, and says what it
// misses when it never does: then the caller starts afresh rather than hand the tests a network
// that lacks seed data.
async function seedIndexed(network, seeded, timeoutMs = 30_000) {
  const sc = network.getSeedClient()
  const session = await sc.agent.com.atproto.server.createSession({
    identifier: ACCOUNTS.alice.handle,
    password: ACCOUNTS.alice.password,
  })
  const want = ['bobMention', 'bobReply', 'bobQuote', 'carolReply'].map((k) => seeded.posts[k].uri)
  const deadline = Date.now() + timeoutMs
  for (;;) {
    await network.processAll()
    const res = await fetch(`${network.pds.url}/xrpc/app.bsky.notification.listNotifications?limit=100`, {
      headers: { authorization: `Bearer ${session.data.accessJwt}` },
    })
    const uris = new Set(((await res.json()).notifications || []).map((n) => n.uri))
    const missing = want.filter((u) => !uris.has(u))
    const problem = missing.length ? `alice.test misses ${missing.join(' ')}` : await threadsIndexed(network, seeded)
    if (!problem) return true
    if (Date.now() > deadline) {
      console.error(problem)
      return false
    }
    await new Promise((r) => setTimeout(r, 200))
  }
}

module.exports = { seed, seedIndexed, ACCOUNTS }
