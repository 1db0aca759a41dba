// SPDX-License-Identifier: GPL-3.0-or-later
'use strict'
// Seed data for Bluesky threads and history, on brands of their own so that the counts of
// alice.test's tests stay as they are.
//   dana.test started a thread that goes six levels deep: the AppView notifies the root's
//   author of replies up to REPLY_NOTIF_DEPTH (5) levels below it only (packages/bsky
//   .../indexing/plugins/post.ts), so the deepest reply comes with no notification. A reply
//   and a quote of her post that also name her arrive with reason "mention".
//   erin.test has a history of 24 complaints, half of which she answered from another app,
//   and 25 posts of her own after the answers.

const BRANDS = {
  dana: { handle: 'dana.test', email: 'dana@test.com', password: 'dana-pass' },
  erin: { handle: 'erin.test', email: 'erin@test.com', password: 'erin-pass' },
}

const ERIN_COMPLAINTS = 24
const ERIN_POSTS_AFTER = 25

function mentionFacet(text, handle, did) {
  const part = '@' + handle
  const start = Buffer.byteLength(text.slice(0, text.indexOf(part)), 'utf8')
  return [{ index: { byteStart: start, byteEnd: start + Buffer.byteLength(part, 'utf8') },
    features: [{ $type: 'app.bsky.richtext.facet#mention', did }] }]
}

async function seedThreads(network, sc, bob, carol) {
  const dana = await sc.createAccount('dana', BRANDS.dana)
  const erin = await sc.createAccount('erin', BRANDS.erin)
  const ref = (p) => p.ref.raw

  const root = await sc.post(dana.did, 'We changed our opening hours.')
  await network.processAll()
  const chain = [root]
  const voices = [bob.did, carol.did]
  const texts = ['Why?', 'Probably staff shortage.', 'That is no excuse, fix it.',
    'They never listen.', 'Still closed at 9, this is broken.', 'Same here, what a mess.']
  for (let level = 1; level <= texts.length; ++level) {
    const parent = chain[level - 1]
    chain.push(await sc.reply(voices[level % 2], root.ref, parent.ref, texts[level - 1]))
    await network.processAll()
  }
  const replyText = '@dana.test the new hours do not work for me'
  const namingReply = await sc.reply(carol.did, root.ref, root.ref, replyText,
    mentionFacet(replyText, 'dana.test', dana.did))
  const quoteText = 'Look what @dana.test did'
  const namingQuote = await sc.post(bob.did, quoteText, mentionFacet(quoteText, 'dana.test', dana.did),
    undefined, root.ref)

  const complaints = []
  for (let i = 0; i < ERIN_COMPLAINTS; ++i) {
    const text = `@erin.test the app crashed again, this is awful (${i + 1})`
    complaints.push(await sc.post(voices[i % 2], text, mentionFacet(text, 'erin.test', erin.did)))
  }
  await network.processAll()
  const answered = []
  for (let i = 0; i < ERIN_COMPLAINTS; i += 2) {
    await sc.reply(erin.did, complaints[i].ref, complaints[i].ref, `Sorry about that, we are on it (${i + 1})`)
    answered.push(ref(complaints[i]))
  }
  for (let i = 0; i < ERIN_POSTS_AFTER; ++i) {
    await sc.post(erin.did, `Release notes, part ${i + 1}`)
  }

  return {
    accounts: {
      dana: { ...BRANDS.dana, did: dana.did },
      erin: { ...BRANDS.erin, did: erin.did },
    },
    posts: {
      danaRoot: ref(root),
      danaLevel3: ref(chain[3]),
      danaLevel5: ref(chain[5]),
      danaLevel6: ref(chain[6]),
      danaNamingReply: ref(namingReply),
      danaNamingQuote: ref(namingQuote),
    },
    erin: { complaints: ERIN_COMPLAINTS, answered: answered.map((r) => r.uri) },
  }
}

// Whether the AppView shows what seedThreads made: erin's complaints and the deepest reply of
// dana's thread.
async function threadsIndexed(network, seeded) {
  const base = network.pds.url
  const session = async (who) => (await fetch(`${base}/xrpc/com.atproto.server.createSession`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier: BRANDS[who].handle, password: BRANDS[who].password }),
  }).then((r) => r.json())).accessJwt
  const get = async (jwt, path) => (await fetch(`${base}/xrpc/${path}`, {
    headers: { authorization: `Bearer ${jwt}` },
  })).json()
  const erin = await session('erin')
  const notes = await get(erin, 'app.bsky.notification.listNotifications?limit=100')
  const mentions = (notes.notifications || []).filter((n) => n.reason === 'mention').length
  if (mentions < ERIN_COMPLAINTS) return `erin.test has ${mentions} of ${ERIN_COMPLAINTS} mentions`
  const dana = await session('dana')
  const thread = await get(dana, `app.bsky.feed.getPostThread?depth=20&uri=${encodeURIComponent(seeded.posts.danaLevel5.uri)}`)
  if (!(thread.thread && (thread.thread.replies || []).length)) return `dana.test's thread: ${JSON.stringify(thread).slice(0, 300)}`
  return ''
}

module.exports = { seedThreads, threadsIndexed }
