// SPDX-License-Identifier: GPL-3.0-or-later
// The facets @atproto/api's RichText.detectFacets finds, for comparing Hearken's detection with
// the reference implementation's.
//   node detect-facets.js MODULES_DIR COUNT SEED < texts.json
// Reads a JSON array of texts, adds COUNT texts put together at random (from SEED) out of the
// pieces that trip detection up, and prints [{text, facets}] as JSON. Mentions resolve to
// "did:example:<lower-case handle>", as if every handle existed.
const [modules, count, seed] = process.argv.slice(2)
const { RichText } = require(require.resolve('@atproto/api', { paths: [modules] }))

const pieces = [
  ' ', ' ', ' ', '\n', '\u00a0', '\u3000', '\u200b', '(', ')', '.', ',', '!', '?', ':', ';',
  '"', '\u2019', '#', '\uff03', '$', '@', '-', '_', '/', 'a', 'Z', '7', '0', '🙏', '👩‍💻',
  '\ufe0f', '\u20e3', 'é', 'ß', 'ü', '日本', 'ゲーム', 'добро', 'http://', 'https://',
  'HTTPS://', 'www.', 'example.com', 'Example.COM', 'bsky.app/profile/x', 'foo.test',
  'alice.test', 'bob.test', 'co.uk', 'a.b', '.org', 'tag', 'TSLA', 'x1', '123', '#️⃣',
  '?q=1&r=2', '#frag', '...', '))', '((', 'ſ', 'K', 'é.com', 'rock&roll',
]
let state = Number(seed) >>> 0
const random = (n) => {
  state = (Math.imul(state, 1664525) + 1013904223) >>> 0
  return state % n
}

const texts = JSON.parse(require('node:fs').readFileSync(0, 'utf8'))
for (let i = 0; i < Number(count); i++) {
  let text = ''
  const length = 1 + random(12)
  for (let j = 0; j < length; j++) text += pieces[random(pieces.length)]
  texts.push(text)
}

const results = texts.map((text) => {
  const rt = new RichText({ text })
  rt.detectFacetsWithoutResolution()
  const facets = (rt.facets || []).map((facet) => ({
    index: facet.index,
    features: facet.features.map((feature) =>
      feature.$type === 'app.bsky.richtext.facet#mention'
        ? { ...feature, did: 'did:example:' + feature.did.toLowerCase() }
        : feature,
    ),
  }))
  return { text, facets }
})
process.stdout.write(JSON.stringify(results))
