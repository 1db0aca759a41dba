#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// A protocol-faithful Mastodon test server, written from docs.joinmastodon.org (apps, OAuth,
// instance, notifications, statuses, context, favourites, streaming, rate limits, errors).
// No dependencies. Prints {"port": N} on stdout once it listens. Control API: see README.md.
'use strict';

const http = require('node:http');
const crypto = require('node:crypto');
const { URL } = require('node:url');

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const host = '127.0.0.1';

// ---- server families -----------------------------------------------------------------------
// `--family=` picks how the server behaves where Mastodon versions and the servers that speak
// its API differ; the finer switches below can be set on their own too (`--max-characters=`).
const families = {
  // Today's Mastodon. docs: content/en/methods/oauth.md (metadata 4.3.0, userinfo 4.4.0),
  // content/en/methods/statuses.md ("GET /api/v1/statuses" 4.3.0), instance.md (v2 4.0.0).
  'mastodon-4.5': {
    software: 'mastodon', version: '4.5.0',
    // Doorkeeper's URIChecker.matches? (lib/doorkeeper/oauth/helpers/uri_checker.rb): a
    // loopback redirect URI matches whatever port is asked (RFC 8252 7.3).
    redirectMatch: 'loopback-any-port',
    // GET /.well-known/oauth-authorization-server exists since 4.3.0 (methods/oauth.md).
    oauthMetadata: true,
    // `profile` scope since 4.3.0 (api/oauth-scopes.md); PKCE since 4.3.0 (methods/oauth.md).
    profileScope: true, pkce: true,
    instanceV2: true,
    // V1_Instance.md: configuration.statuses.max_characters, characters_reserved_per_url.
    instanceV1Limits: 'configuration',
    maxCharacters: 500, charactersPerUrl: 23,
    // GET /api/v1/statuses?id[]= (4.3.0, methods/statuses.md#index).
    batchStatuses: 'id',
    // Snowflake ids: decimal strings of a 64-bit number (spec/activitypub "ids are strings").
    ids: 'snowflake',
    // ApplicationController#respond_with_error: format.any renders the HTML error page, only
    // a JSON Accept gets {"error":"Not Found"}.
    unknownPath: 'rails',
    notificationTypes: null,
  },
};
// Mastodon 4.0-4.2: the same API without what 4.3 added (metadata, profile scope, PKCE, the
// batch status endpoint); before 4.3 the metadata path is an unmatched route (404).
families['mastodon-4.2'] = { ...families['mastodon-4.5'], version: '4.2.10', oauthMetadata: false, profileScope: false, pkce: false, batchStatuses: null };
families['mastodon-4.0'] = { ...families['mastodon-4.2'], version: '4.0.2' };
// GoToSocial (internal/...): read from its source.
families.gotosocial = {
  software: 'gotosocial', version: '0.19.1 git-b1e3ea4',
  // internal/oauth/handlers/handlers.go GetValidateURIHandler: "Want an exact match".
  redirectMatch: 'exact',
  // internal/api/wellknown.go routes nodeinfo, webfinger and host-meta only.
  oauthMetadata: false,
  // internal/api/util/scopes.go: ScopeProfile exists, granular read:/write: scopes.
  profileScope: true, pkce: false,
  // internal/api/client/instance: v1 and v2; typeutils/internaltofrontend.go sets
  // max_toot_chars and configuration.statuses (StatusesMaxChars default 5000 in
  // config/defaults.go, instanceStatusesCharactersReservedPerURL = 25).
  instanceV2: true, instanceV1Limits: 'both', maxCharacters: 5000, charactersPerUrl: 25,
  // internal/api/client/statuses/status.go: no GET on /api/v1/statuses.
  batchStatuses: null,
  // internal/id/ulid.go: ULIDs (26 characters, Crockford base32, time first).
  ids: 'ulid',
  // api/util/errorhandling.go NotFoundHandler: JSON unless the Accept header prefers HTML.
  unknownPath: 'gin',
  notificationTypes: null,
};
// Akkoma (a Pleroma fork): lib/pleroma/web/... read from its source.
families.akkoma = {
  software: 'akkoma', version: '2.7.2 (compatible; Akkoma 3.15.2)',
  // o_auth/o_auth_controller.ex: `redirect_uri in String.split(app.redirect_uris)`.
  redirectMatch: 'exact',
  // router.ex has no oauth-authorization-server and no /api/v2/instance; the fallback
  // RedirectController answers /api/* with 404 {"error":"Not implemented"} and every other
  // GET with the front end's index.html (200 text/html).
  oauthMetadata: false, profileScope: false, pkce: false,
  instanceV2: false,
  // mastodon_api/views/instance_view.ex: max_toot_chars (instance :limit, default 5000),
  // features include "multifetch".
  instanceV1Limits: 'max_toot_chars', maxCharacters: 5000, charactersPerUrl: 23,
  // status_controller.ex: "GET /api/v1/statuses?ids[]=1&ids[]=2": `ids` is the parameter;
  // without it no clause of index/2 matches and the request fails (500).
  batchStatuses: 'ids',
  // FlakeIds (lib/pleroma/flake_id.ex): 128 bits (time, worker, sequence) in base62,
  // "lexically sortable strings" (api_spec/schemas/flake_id.ex).
  ids: 'flake',
  unknownPath: 'phoenix',
  // api_spec/operations/notification_operation.ex: types[] is cast against this enum; any
  // other value is refused (400).
  notificationTypes: ['follow', 'favourite', 'reblog', 'mention', 'pleroma:emoji_reaction', 'pleroma:report', 'move', 'follow_request', 'poll'],
};
const family = { ...(families[args.family || 'mastodon-4.5'] || (() => { throw new Error(`unknown family ${args.family}`); })()) };
if (args['max-characters']) family.maxCharacters = Number(args['max-characters']);
const scopes = ['read', 'write', 'push', 'read:notifications', 'read:statuses', 'read:favourites', 'read:accounts', 'write:statuses', 'write:favourites', ...(family.profileScope ? ['profile'] : [])];
// A status's length as the server counts it: every link as charactersPerUrl.
function countedLength(text) {
  return [...String(text).replace(/https?:\/\/\S+/g, 'x'.repeat(family.charactersPerUrl))].length;
}

// ---- state ---------------------------------------------------------------------------------
const state = {
  base: '',
  nextId: 110000000000000000n,
  accounts: new Map(),
  statuses: new Map(),
  notifications: [],
  favourites: [],
  apps: new Map(),
  codes: new Map(),
  // Every code ever issued, for tests that look for it where it must not be.
  issuedCodes: [],
  tokens: new Map(),
  idempotency: new Map(),
  faults: [],
  rateLimit: 300,
  rateWindowMs: 5 * 60 * 1000,
  rateCounters: new Map(),
  streaming: true,
  sockets: new Set(),
  requests: [],
};

// Every id is newer than the one before, in the family's form.
let lastMs = 0;
function nextMs() { lastMs = Math.max(Date.now(), lastMs + 1); return BigInt(lastMs); }
function encode(value, alphabet, length) {
  let out = '';
  for (let v = value; v > 0n || out.length < (length || 1); v /= BigInt(alphabet.length)) out = alphabet[Number(v % BigInt(alphabet.length))] + out;
  return out;
}
const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const base62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const worker = BigInt(`0x${crypto.randomBytes(6).toString('hex')}`);
function newId() {
  if (family.ids === 'ulid') return encode(nextMs(), crockford, 10) + encode(BigInt(`0x${crypto.randomBytes(10).toString('hex')}`), crockford, 16);
  if (family.ids === 'flake') return encode((nextMs() << 64n) | (worker << 16n), base62);
  state.nextId += BigInt(1 + Math.floor(Math.random() * 1000));
  return state.nextId.toString();
}
function cmp(a, b) {
  // Snowflakes, ULIDs and FlakeIds alike: a longer id is larger; equal lengths compare as
  // text (their digits are in ASCII order).
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
function escapeHtml(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function addAccount(username, displayName, note) {
  const id = newId();
  const account = {
    id, username, acct: username, display_name: displayName, locked: false, bot: false,
    created_at: '2022-01-01T00:00:00.000Z', note: note || '', url: '', avatar: '',
    avatar_static: '', header: '', header_static: '', followers_count: 10 + state.accounts.size * 7,
    following_count: 3, statuses_count: 0, emojis: [], fields: [],
  };
  state.accounts.set(id, account);
  return account;
}
function accountJson(account) {
  return { ...account, url: `${state.base}/@${account.username}` };
}

// HTML as Mastodon renders it: paragraphs, h-card mentions, hashtags, links, emoji shortcodes.
function renderContent(text, mentions) {
  const paragraphs = String(text).split(/\n\n+/).map((para) => {
    let html = escapeHtml(para).replace(/\n/g, '<br />');
    html = html.replace(/@([a-z0-9_]+)/gi, (all, name) => {
      const known = [...state.accounts.values()].find((a) => a.username === name);
      if (!known) return all;
      mentions.push({ id: known.id, username: known.username, acct: known.acct, url: `${state.base}/@${known.username}` });
      return `<span class="h-card" translate="no"><a href="${state.base}/@${name}" class="u-url mention">@<span>${name}</span></a></span>`;
    });
    html = html.replace(/(^|\s)#(\w+)/g, (all, pre, tag) =>
      `${pre}<a href="${state.base}/tags/${tag}" class="mention hashtag" rel="tag">#<span>${tag}</span></a>`);
    html = html.replace(/https:\/\/[^\s<]+/g, (url) =>
      `<a href="${url}" target="_blank" rel="nofollow noopener noreferrer" translate="no"><span class="invisible">https://</span><span class="">${url.slice(8)}</span></a>`);
    return `<p>${html}</p>`;
  });
  return paragraphs.join('');
}

function createStatus(account, { text, html, inReplyToId, visibility, spoilerText, language, application }) {
  const id = newId();
  const mentions = [];
  const content = html !== undefined ? html : renderContent(text, mentions);
  const parent = inReplyToId ? state.statuses.get(inReplyToId) : null;
  const status = {
    id, created_at: new Date().toISOString(), in_reply_to_id: parent ? parent.id : null,
    in_reply_to_account_id: parent ? parent.account_id : null, sensitive: !!spoilerText,
    spoiler_text: spoilerText || '', visibility: visibility || 'public', language: language || 'en',
    uri: `${state.base}/users/${account.username}/statuses/${id}`,
    url: `${state.base}/@${account.username}/${id}`, replies_count: 0, reblogs_count: 0,
    favourites_count: 0, edited_at: null, content, reblog: null,
    application: application ? { name: application, website: null } : null,
    account_id: account.id, media_attachments: [], mentions,
    tags: [], emojis: /:blobcat:/.test(content) ? [{ shortcode: 'blobcat', url: `${state.base}/emoji/blobcat.png`, static_url: `${state.base}/emoji/blobcat.png`, visible_in_picker: true }] : [],
    card: null, poll: null, text: text !== undefined ? text : null, deleted: false,
  };
  state.statuses.set(id, status);
  account.statuses_count += 1;
  if (parent) parent.replies_count += 1;
  return status;
}

function statusJson(status, viewerId) {
  const { account_id: accountId, deleted, text, ...rest } = status;
  const favourited = !!viewerId && state.favourites.some((f) => f.status_id === status.id && f.account_id === viewerId && !f.removed);
  return { ...rest, account: accountJson(state.accounts.get(accountId)), favourited, reblogged: false, muted: false, bookmarked: false };
}

function notify(type, fromAccount, status, toAccount) {
  const notification = { id: newId(), type, created_at: new Date().toISOString(), account_id: fromAccount.id, status_id: status ? status.id : null, to: toAccount.id };
  state.notifications.push(notification);
  broadcast(toAccount.id, 'notification', JSON.stringify(notificationJson(notification)));
  return notification;
}
function notificationJson(n) {
  const out = { id: n.id, type: n.type, created_at: n.created_at, account: accountJson(state.accounts.get(n.account_id)) };
  if (n.filtered) out.filtered = true;
  if (n.status_id) out.status = statusJson(state.statuses.get(n.status_id), n.to);
  return out;
}

// ---- seed ----------------------------------------------------------------------------------
const brand = addAccount('brand', 'Brand Team', '<p>We make things.</p>');
const people = [
  addAccount('alice', 'Alice 🌻', '<p>Gardener</p>'),
  // Display names are plain text (entities/Account.md): this one must arrive as written.
  addAccount('bob', 'Bob <Support> & Co', ''),
  addAccount('nadia', 'نادية', '<p>مرحبا</p>'),
  addAccount('chen', '陈', ''),
];
// A second local user, for tests with two brands on one server.
const shop = addAccount('shop', 'Shop Team', '<p>We sell things.</p>');
const localUsers = [brand, shop];
const texts = [
  'Your app crashed again and I lost my draft. Really disappointed.',
  'Thank you so much, the new release is wonderful! :blobcat:',
  'How do I export my data? Is there a way?',
  'Love the new #design &amp; the dark mode <3',
  'شكرا جزيلا على التحديث الجديد',
  'The sync has been broken for three days, please fix it.',
  'Just saw the update https://example.org/notes',
  'Is the API going to support webhooks?',
];
let brandPost;
function seedMentions(count, options = {}) {
  if (!brandPost) brandPost = createStatus(brand, { text: 'We shipped version 2 today! Tell us what you think.', application: 'Web' });
  const created = [];
  const to = localUsers.find((a) => a.username === options.to) || brand;
  for (let i = 0; i < count; i++) {
    const from = options.from ? [...state.accounts.values()].find((a) => a.username === options.from) : people[i % people.length];
    const text = `@${to.username} ${options.text !== undefined ? options.text : texts[(state.notifications.length + i) % texts.length]}`;
    const status = createStatus(from, { text, inReplyToId: options.inReplyToId || (to === brand && i % 3 === 0 ? brandPost.id : null), visibility: options.visibility || (i % 5 === 4 ? 'unlisted' : 'public'), spoilerText: options.spoilerText || (i % 7 === 6 ? 'product feedback' : '') });
    notify('mention', from, status, to);
    if (to === brand && i % 4 === 1) notify('favourite', from, brandPost, brand);
    created.push(status.id);
  }
  return created;
}
seedMentions(Number(args.mentions || 0));

// ---- streaming (RFC 6455, server side: text frames, ping, close) ----------------------------
function broadcast(accountId, event, payload) {
  for (const socket of state.sockets) {
    if (socket.accountId !== accountId) continue;
    if (event === 'notification' && !socket.streams.includes('user:notification') && !socket.streams.includes('user')) continue;
    if (event !== 'notification' && !socket.streams.includes('user')) continue;
    sendFrame(socket, JSON.stringify({ stream: socket.streams, event, payload }));
  }
}
function sendFrame(socket, text, opcode = 0x1) {
  const data = Buffer.from(text);
  let header;
  if (data.length < 126) header = Buffer.from([0x80 | opcode, data.length]);
  else if (data.length < 65536) { header = Buffer.alloc(4); header[0] = 0x80 | opcode; header[1] = 126; header.writeUInt16BE(data.length, 2); }
  else { header = Buffer.alloc(10); header[0] = 0x80 | opcode; header[1] = 127; header.writeBigUInt64BE(BigInt(data.length), 2); }
  socket.write(Buffer.concat([header, data]));
}
function readFrames(socket, chunk) {
  socket.buffer = Buffer.concat([socket.buffer || Buffer.alloc(0), chunk]);
  while (socket.buffer.length >= 2) {
    const b = socket.buffer;
    const opcode = b[0] & 0x0f;
    let length = b[1] & 0x7f, offset = 2;
    if (length === 126) { if (b.length < 4) return; length = b.readUInt16BE(2); offset = 4; }
    else if (length === 127) { if (b.length < 10) return; length = Number(b.readBigUInt64BE(2)); offset = 10; }
    const masked = (b[1] & 0x80) !== 0;
    const total = offset + (masked ? 4 : 0) + length;
    if (b.length < total) return;
    const mask = masked ? b.subarray(offset, offset + 4) : null;
    const payload = Buffer.from(b.subarray(offset + (masked ? 4 : 0), total));
    if (mask) for (let i = 0; i < payload.length; i++) payload[i] ^= mask[i % 4];
    socket.buffer = b.subarray(total);
    if (opcode === 0x8) { sendFrame(socket, '', 0x8); socket.end(); state.sockets.delete(socket); return; }
    if (opcode === 0x9) sendFrame(socket, payload.toString(), 0xA);
  }
}

// ---- HTTP plumbing -------------------------------------------------------------------------
function json(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}
function error(res, status, message, headers = {}) {
  json(res, status, { error: message }, headers);
}
function readBody(req) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString()));
  });
}
function parseParams(req, body, url) {
  const params = {};
  const add = (k, v) => {
    if (k.endsWith('[]')) { const key = k.slice(0, -2); (params[key] = params[key] || []).push(v); } else params[k] = v;
  };
  for (const [k, v] of url.searchParams) add(k, v);
  const type = req.headers['content-type'] || '';
  if (type.startsWith('application/json') && body) {
    try { Object.assign(params, JSON.parse(body)); } catch { params.__malformed = true; }
  } else if (body) {
    for (const [k, v] of new URLSearchParams(body)) add(k, v);
  }
  return params;
}
function authenticate(req) {
  const header = req.headers.authorization || '';
  const match = /^Bearer\s+(.+)$/i.exec(header);
  const token = match ? state.tokens.get(match[1]) : null;
  return token && !token.revoked ? token : null;
}
function hasScope(token, scope) {
  if (Array.isArray(scope)) return scope.some((one) => hasScope(token, one));
  const granted = token.scope.split(/\s+/);
  const [top] = scope.split(':');
  return granted.includes(scope) || granted.includes(top);
}
function rateHeaders(token) {
  const now = Date.now();
  let counter = state.rateCounters.get(token.value);
  if (!counter || counter.resetAt <= now) counter = { used: 0, resetAt: now + state.rateWindowMs };
  counter.used += 1;
  state.rateCounters.set(token.value, counter);
  return {
    headers: {
      'X-RateLimit-Limit': String(state.rateLimit),
      'X-RateLimit-Remaining': String(Math.max(0, state.rateLimit - counter.used)),
      'X-RateLimit-Reset': new Date(counter.resetAt).toISOString(),
    },
    exceeded: counter.used > state.rateLimit,
    resetAt: counter.resetAt,
  };
}
function page(res, items, url, limit, headers) {
  const link = [];
  if (items.length) {
    const next = new URL(url.pathname, state.base);
    const prev = new URL(url.pathname, state.base);
    for (const [k, v] of url.searchParams) {
      if (!['max_id', 'min_id', 'since_id'].includes(k)) { next.searchParams.append(k, v); prev.searchParams.append(k, v); }
    }
    next.searchParams.set('max_id', items[items.length - 1].pageId);
    prev.searchParams.set('min_id', items[0].pageId);
    // GoToSocial's paging.Page.ToLinkURL adds the limit and encodes the query sorted by name.
    if (family.software === 'gotosocial') for (const u of [next, prev]) { u.searchParams.set('limit', String(limit)); u.searchParams.sort(); }
    link.push(`<${next}>; rel="next"`, `<${prev}>; rel="prev"`);
  }
  json(res, 200, items.map((i) => i.json()), link.length ? { ...headers, Link: link.join(', ') } : headers);
}
// Mastodon's paging: newest first; max_id/since_id bound it; min_id pages forward from there.
function paginate(all, params) {
  const limit = Math.min(Math.max(parseInt(params.limit || '20', 10) || 20, 1), 80);
  let list = all.slice().sort((a, b) => cmp(b.pageId, a.pageId));
  if (params.max_id) list = list.filter((i) => cmp(i.pageId, params.max_id) < 0);
  if (params.since_id) list = list.filter((i) => cmp(i.pageId, params.since_id) > 0);
  if (params.min_id) {
    list = list.filter((i) => cmp(i.pageId, params.min_id) > 0);
    return { items: list.slice(-limit), limit };
  }
  return { items: list.slice(0, limit), limit };
}

// ---- routes --------------------------------------------------------------------------------
const routes = [];
function route(method, pattern, handler, options = {}) {
  routes.push({ method, pattern: new RegExp(`^${pattern}$`), handler, ...options });
}

route('GET', '/.well-known/oauth-authorization-server', (req, res) => (!family.oauthMetadata ? unknownPath(req, res) : json(res, 200, {
  issuer: `${state.base}/`, service_documentation: 'https://docs.joinmastodon.org/',
  authorization_endpoint: `${state.base}/oauth/authorize`, token_endpoint: `${state.base}/oauth/token`,
  app_registration_endpoint: `${state.base}/api/v1/apps`, revocation_endpoint: `${state.base}/oauth/revoke`,
  scopes_supported: scopes,
  response_types_supported: ['code'], response_modes_supported: ['query', 'fragment', 'form_post'],
  code_challenge_methods_supported: ['S256'], grant_types_supported: ['authorization_code', 'client_credentials'],
  token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
})));
const statusLimits = () => ({ max_characters: family.maxCharacters, max_media_attachments: 4, characters_reserved_per_url: family.charactersPerUrl });
route('GET', '/api/v2/instance', (req, res) => (!family.instanceV2 ? unknownPath(req, res) : json(res, 200, {
  domain: new URL(state.base).host, title: 'Hearken Test Instance', version: family.version, source_url: `https://example.org/${family.software}`,
  description: 'A protocol-faithful test server', usage: { users: { active_month: 5 } },
  configuration: { urls: { streaming: state.base.replace(/^http/, 'ws') }, statuses: statusLimits() },
  registrations: { enabled: false, approval_required: false, message: null }, contact: { email: 'admin@example.org' }, rules: [],
})));
route('GET', '/api/v1/instance', (req, res) => json(res, 200, {
  uri: new URL(state.base).host, title: 'Hearken Test Instance', version: family.version, urls: { streaming_api: state.base.replace(/^http/, 'ws') },
  ...(family.instanceV1Limits !== 'max_toot_chars' ? { configuration: { statuses: statusLimits() } } : {}),
  ...(family.instanceV1Limits !== 'configuration' ? { max_toot_chars: family.maxCharacters } : {}),
  ...(family.software === 'akkoma' ? { pleroma: { metadata: { features: ['pleroma_api', 'akkoma_api', 'mastodon_api', 'mastodon_api_streaming', 'multifetch', 'editing'] } } } : {}),
}));
// NodeInfo 2.0 (every family): the discovery document links the schema's address.
route('GET', '/.well-known/nodeinfo', (req, res) => json(res, 200, { links: [{ rel: 'http://nodeinfo.diaspora.software/ns/schema/2.0', href: `${state.base}/nodeinfo/2.0` }] }));
route('GET', '/nodeinfo/2.0', (req, res) => json(res, 200, {
  version: '2.0', software: { name: family.software, version: family.version }, protocols: ['activitypub'],
  usage: { users: { total: state.accounts.size, activeMonth: 5 }, localPosts: state.statuses.size }, openRegistrations: false, metadata: {},
}));

route('POST', '/api/v1/apps', (req, res, p) => {
  if (!p.client_name || !p.redirect_uris) return error(res, 422, "Validation failed: Application name can't be blank, Redirect URI can't be blank");
  const asked = String(p.scopes || 'read').split(/\s+/);
  // Mastodon's Doorkeeper config has enforce_configured_scopes: an app may ask only for known
  // scopes; the others' source was not checked for this, so they are held to the same.
  if (asked.some((scope) => !scopes.includes(scope))) return error(res, 422, 'Validation failed: Scopes must be chosen from the scopes the server knows');
  const uris = Array.isArray(p.redirect_uris) ? p.redirect_uris : String(p.redirect_uris).split(/\s+/);
  for (const uri of uris) { try { new URL(uri); } catch { return error(res, 422, 'Validation failed: Redirect URI must be an absolute URI.'); } }
  const app = { id: String(state.apps.size + 1), name: p.client_name, website: p.website || null, scopes: String(p.scopes || 'read').split(/\s+/), redirect_uris: uris, client_id: crypto.randomBytes(16).toString('base64url'), client_secret: crypto.randomBytes(24).toString('base64url') };
  state.apps.set(app.client_id, app);
  json(res, 200, { id: app.id, name: app.name, website: app.website, scopes: app.scopes, redirect_uri: uris.join('\n'), redirect_uris: uris, vapid_key: 'BCk-QqERU0q-CfYZjcuB6lnyyOYfJ2AifKqfeGIm7Z-HiTU5T9eTG5GxVA0_OH5mMlI4UkkDTpaZwozy0TzdZ2M=', client_id: app.client_id, client_secret: app.client_secret, client_secret_expires_at: 0 });
});

// RFC 8252 section 7.3: a loopback redirect matches whatever port the app listens on, where
// the family allows it; otherwise only the registered URI itself.
function redirectAllowed(app, uri) {
  let asked;
  try { asked = new URL(uri); } catch { return false; }
  return app.redirect_uris.some((registered) => {
    if (registered === uri) return true;
    if (family.redirectMatch === 'exact') return false;
    const r = new URL(registered);
    const loopback = (h) => h === '127.0.0.1' || h === '[::1]';
    return r.protocol === 'http:' && loopback(r.hostname) && loopback(asked.hostname) && r.hostname === asked.hostname && r.pathname === asked.pathname && r.search === asked.search;
  });
}
function authorizeError(res, message) {
  res.writeHead(400, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(`<!DOCTYPE html><html><body><h1>An error has occurred</h1><p>${escapeHtml(message)}</p></body></html>`);
}
route('GET', '/oauth/authorize', (req, res, p) => {
  const app = state.apps.get(p.client_id);
  if (!app) return authorizeError(res, 'Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.');
  if (!redirectAllowed(app, p.redirect_uri)) return authorizeError(res, 'The redirect uri included is not valid.');
  const fields = ['client_id', 'redirect_uri', 'scope', 'state', 'response_type', 'code_challenge', 'code_challenge_method']
    .map((k) => `<input type="hidden" name="${k}" value="${escapeHtml(p[k] || '')}">`).join('');
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(`<!DOCTYPE html><html><head><title>Authorization required</title></head><body><h1>${escapeHtml(app.name)} would like permission to access your account</h1><p>Scopes: ${escapeHtml(p.scope || 'read')}</p><form method="post" action="/oauth/authorize">${fields}<button type="submit" name="decision" value="approve">Authorize</button><button type="submit" name="decision" value="deny">Deny</button></form></body></html>`);
});
route('POST', '/oauth/authorize', (req, res, p) => {
  const app = state.apps.get(p.client_id);
  if (!app || !redirectAllowed(app, p.redirect_uri)) return authorizeError(res, 'The redirect uri included is not valid.');
  const target = new URL(p.redirect_uri);
  const asked = String(p.scope || 'read').split(/\s+/);
  if (p.decision !== 'approve') {
    target.searchParams.set('error', 'access_denied');
    target.searchParams.set('error_description', 'The resource owner or authorization server denied the request.');
  } else if (asked.some((s) => !app.scopes.includes(s))) {
    target.searchParams.set('error', 'invalid_scope');
    target.searchParams.set('error_description', 'The requested scope is invalid, unknown, or malformed.');
  } else if (p.response_type !== 'code') {
    target.searchParams.set('error', 'unsupported_response_type');
  } else {
    const code = crypto.randomBytes(24).toString('base64url');
    const user = localUsers.find((a) => a.username === p.username) || brand;
    state.codes.set(code, { accountId: user.id, clientId: app.client_id, redirectUri: p.redirect_uri, scope: asked.join(' '), challenge: (family.pkce && p.code_challenge) || null, method: p.code_challenge_method || null, expires: Date.now() + 10 * 60 * 1000 });
    state.issuedCodes.push(code);
    target.searchParams.set('code', code);
  }
  if (p.state) target.searchParams.set('state', p.state);
  res.writeHead(302, { Location: target.toString() });
  res.end();
});
function clientFrom(req, p) {
  let id = p.client_id, secret = p.client_secret;
  const basic = /^Basic\s+(.+)$/i.exec(req.headers.authorization || '');
  if (basic) [id, secret] = Buffer.from(basic[1], 'base64').toString().split(':').map(decodeURIComponent);
  const app = state.apps.get(id);
  return app && app.client_secret === secret ? app : null;
}
function oauthError(res, status, code, description) {
  json(res, status, { error: code, error_description: description });
}
route('POST', '/oauth/token', (req, res, p) => {
  const app = clientFrom(req, p);
  if (!app) return oauthError(res, 401, 'invalid_client', 'Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.');
  if (p.grant_type !== 'authorization_code') return oauthError(res, 400, 'unsupported_grant_type', 'The authorization grant type is not supported by the authorization server.');
  const grant = state.codes.get(p.code);
  state.codes.delete(p.code);
  const invalid = () => oauthError(res, 400, 'invalid_grant', 'The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.');
  if (!grant || grant.clientId !== app.client_id || grant.expires < Date.now() || grant.redirectUri !== p.redirect_uri) return invalid();
  if (grant.challenge) {
    const computed = crypto.createHash('sha256').update(p.code_verifier || '').digest('base64url');
    if (grant.method !== 'S256' || computed !== grant.challenge) return invalid();
  }
  const value = crypto.randomBytes(32).toString('base64url');
  state.tokens.set(value, { value, clientId: app.client_id, scope: grant.scope, accountId: grant.accountId, revoked: false, app: app.name });
  json(res, 200, { access_token: value, token_type: 'Bearer', scope: grant.scope, created_at: Math.floor(Date.now() / 1000) });
});
route('POST', '/oauth/revoke', (req, res, p) => {
  const app = clientFrom(req, p);
  if (!app) return oauthError(res, 403, 'unauthorized_client', 'You are not authorized to revoke this token');
  const token = state.tokens.get(p.token);
  if (token && token.clientId === app.client_id) token.revoked = true;
  json(res, 200, {});
});

route('GET', '/api/v1/accounts/verify_credentials', (req, res, p, token) => {
  const account = accountJson(state.accounts.get(token.accountId));
  json(res, 200, { ...account, source: { privacy: 'public', sensitive: false, language: 'en', note: '', fields: [] } }, token.rate);
}, { auth: family.profileScope ? ['profile', 'read:accounts'] : 'read:accounts' });
route('GET', '/api/v1/notifications', (req, res, p, token, url) => {
  const types = p.types || null, exclude = p.exclude_types || [];
  const unknown = [...(types || []), ...exclude].find((t) => family.notificationTypes && !family.notificationTypes.includes(t));
  if (unknown) return error(res, 400, `Invalid value for enum: ${unknown}`, token.rate);
  const all = state.notifications.filter((n) => n.to === token.accountId && (!types || types.includes(n.type)) && !exclude.includes(n.type) && (!n.status_id || !state.statuses.get(n.status_id).deleted) && notificationShown(n, p))
    .map((n) => ({ pageId: n.id, json: () => notificationJson(n) }));
  const { items, limit } = paginate(all, p);
  page(res, items, url, limit, token.rate);
}, { auth: 'read:notifications' });
route('GET', '/api/v1/statuses/([^/]+)/context', (req, res, p, token, url, m) => {
  const status = state.statuses.get(m[1]);
  if (!status || status.deleted) return error(res, 404, 'Record not found', token.rate);
  const ancestors = [];
  for (let s = status; s.in_reply_to_id;) { s = state.statuses.get(s.in_reply_to_id); if (!s || s.deleted) break; ancestors.unshift(statusJson(s, token.accountId)); }
  const descendants = [];
  const walk = (id) => { for (const s of state.statuses.values()) if (s.in_reply_to_id === id && !s.deleted) { descendants.push(statusJson(s, token.accountId)); walk(s.id); } };
  walk(status.id);
  json(res, 200, { ancestors, descendants }, token.rate);
}, { auth: 'read:statuses' });
route('GET', '/api/v1/statuses/([^/]+)', (req, res, p, token, url, m) => {
  const status = state.statuses.get(m[1]);
  if (!status || status.deleted) return error(res, 404, 'Record not found', token.rate);
  json(res, 200, statusJson(status, token.accountId), token.rate);
}, { auth: 'read:statuses' });
route('GET', '/api/v1/statuses', (req, res, p, token) => {
  if (!family.batchStatuses) return unknownPath(req, res);
  // Akkoma: index/2 matches only with `ids`; anything else ends in its 500 error view.
  if (family.batchStatuses === 'ids' && !p.ids) return json(res, 500, { errors: { detail: 'Internal server error' } }, token.rate);
  const ids = (p[family.batchStatuses] || []).slice(0, family.batchStatuses === 'ids' ? 100 : 20);
  json(res, 200, ids.map((id) => state.statuses.get(id)).filter((s) => s && !s.deleted).map((s) => statusJson(s, token.accountId)), token.rate);
}, { auth: 'read:statuses' });
route('GET', '/api/v1/accounts/([^/]+)/statuses', (req, res, p, token, url, m) => {
  const all = [...state.statuses.values()].filter((s) => s.account_id === m[1] && !s.deleted && (p.exclude_replies !== 'true' || !s.in_reply_to_id))
    .map((s) => ({ pageId: s.id, json: () => statusJson(s, token.accountId) }));
  const { items, limit } = paginate(all, p);
  page(res, items, url, limit, token.rate);
}, { auth: 'read:statuses' });
route('GET', '/api/v1/favourites', (req, res, p, token, url) => {
  const all = state.favourites.filter((f) => f.account_id === token.accountId && !f.removed && !state.statuses.get(f.status_id).deleted)
    .map((f) => ({ pageId: f.id, json: () => statusJson(state.statuses.get(f.status_id), token.accountId) }));
  const { items, limit } = paginate(all, p);
  page(res, items, url, limit, token.rate);
}, { auth: 'read:favourites' });

// Mastodon keeps an Idempotency-Key for an hour per account: the same key gives the same status.
route('POST', '/api/v1/statuses', (req, res, p, token) => {
  const key = req.headers['idempotency-key'];
  const remembered = key ? state.idempotency.get(`${token.accountId}:${key}`) : null;
  if (remembered) return json(res, 200, statusJson(state.statuses.get(remembered), token.accountId), token.rate);
  if (p.__malformed) return error(res, 400, 'Error while parsing request body', token.rate);
  const text = p.status || '';
  if (!text.trim()) return error(res, 422, "Validation failed: Text can't be blank", token.rate);
  if (countedLength(text) > family.maxCharacters) return error(res, 422, `Validation failed: Text character limit of ${family.maxCharacters} exceeded`, token.rate);
  if (p.visibility && !['public', 'unlisted', 'private', 'direct'].includes(p.visibility)) return error(res, 422, 'Validation failed: Visibility is not included in the list', token.rate);
  if (p.in_reply_to_id && (!state.statuses.get(p.in_reply_to_id) || state.statuses.get(p.in_reply_to_id).deleted)) return error(res, 404, 'Record not found', token.rate);
  const status = createStatus(state.accounts.get(token.accountId), { text, inReplyToId: p.in_reply_to_id, visibility: p.visibility, spoilerText: p.spoiler_text, language: p.language, application: token.app });
  if (key) state.idempotency.set(`${token.accountId}:${key}`, status.id);
  json(res, 200, statusJson(status, token.accountId), token.rate);
}, { auth: 'write:statuses' });
route('PUT', '/api/v1/statuses/([^/]+)', (req, res, p, token, url, m) => {
  const status = state.statuses.get(m[1]);
  if (!status || status.deleted || status.account_id !== token.accountId) return error(res, 404, 'Record not found', token.rate);
  editStatus(status, p.status || '');
  json(res, 200, statusJson(status, token.accountId), token.rate);
}, { auth: 'write:statuses' });
route('DELETE', '/api/v1/statuses/([^/]+)', (req, res, p, token, url, m) => {
  const status = state.statuses.get(m[1]);
  if (!status || status.deleted || status.account_id !== token.accountId) return error(res, 404, 'Record not found', token.rate);
  deleteStatus(status);
  json(res, 200, { ...statusJson(status, token.accountId), text: status.text }, token.rate);
}, { auth: 'write:statuses' });
function favourite(accountId, status, removed) {
  const existing = state.favourites.find((f) => f.account_id === accountId && f.status_id === status.id && !f.removed);
  if (!removed && !existing) { state.favourites.push({ id: newId(), account_id: accountId, status_id: status.id, removed: false }); status.favourites_count += 1; }
  if (removed && existing) { existing.removed = true; status.favourites_count -= 1; }
}
route('POST', '/api/v1/statuses/([^/]+)/(favourite|unfavourite)', (req, res, p, token, url, m) => {
  const status = state.statuses.get(m[1]);
  if (!status || status.deleted) return error(res, 404, 'Record not found', token.rate);
  favourite(token.accountId, status, m[2] === 'unfavourite');
  json(res, 200, statusJson(status, token.accountId), token.rate);
}, { auth: 'write:favourites' });
route('GET', '/api/v1/streaming/health', (req, res) => { res.writeHead(200, { 'Content-Type': 'text/plain' }); res.end('OK'); });

function editStatus(status, text) {
  const mentions = [];
  status.content = renderContent(text, mentions);
  status.text = text;
  status.mentions = mentions;
  status.edited_at = new Date().toISOString();
  broadcastStatus(status, 'status.update');
}
function deleteStatus(status) {
  status.deleted = true;
  broadcastStatus(status, 'delete');
}
function broadcastStatus(status, event) {
  const interested = new Set([status.account_id, ...status.mentions.map((m) => m.id)]);
  for (const id of interested) broadcast(id, event, event === 'delete' ? status.id : JSON.stringify(statusJson(status, id)));
}

// ---- held back by the notification policy (4.3) and quotes (4.5) ----------------------------
// From docs.joinmastodon.org: methods/notifications.md (`include_filtered`, "Get the filtering
// policy", "Get all notification requests"), entities/NotificationPolicy.md,
// entities/NotificationRequest.md, entities/Notification.md (types `quote` and `quoted_update`),
// entities/Quote.md; and from Mastodon's source: REST::NotificationSerializer adds
// `"filtered": true` to a filtered notification, and Notification.browserable leaves filtered
// notifications out unless `include_filtered` is true or `account_id` names the sender.
const policy = { for_not_following: 'accept', for_not_followers: 'accept', for_new_accounts: 'accept', for_private_mentions: 'filter', for_limited_accounts: 'filter' };
const notificationRequests = new Map(); // sender's account id -> { id, created_at, updated_at, dismissed }
// Rails' truthy_param?: 'true', '1', 't', 'on' ... are true.
function truthy(value) {
  return value !== undefined && !['false', '0', 'f', 'off', ''].includes(String(value).toLowerCase());
}
function notificationShown(n, p) {
  if (p.account_id) return n.account_id === p.account_id;
  return !n.filtered || truthy(p.include_filtered);
}
function pendingFiltered(accountId) {
  return state.notifications.filter((n) => n.to === accountId && n.filtered && !(notificationRequests.get(n.account_id) || {}).dismissed);
}
route('GET', '/api/v2/notifications/policy', (req, res, p, token) => {
  const pending = pendingFiltered(token.accountId);
  json(res, 200, { ...policy, summary: { pending_requests_count: Math.min(100, new Set(pending.map((n) => n.account_id)).size), pending_notifications_count: pending.length } }, token.rate);
}, { auth: 'read:notifications' });
route('GET', '/api/v1/notifications/requests', (req, res, p, token, url) => {
  const all = [...notificationRequests.entries()].filter(([, r]) => !r.dismissed).map(([accountId, r]) => {
    const held = pendingFiltered(token.accountId).filter((n) => n.account_id === accountId);
    const last = held.length ? held[held.length - 1] : null;
    return { pageId: r.id, json: () => ({ id: r.id, created_at: r.created_at, updated_at: r.updated_at, notifications_count: String(held.length), account: accountJson(state.accounts.get(accountId)), last_status: last && last.status_id ? statusJson(state.statuses.get(last.status_id), token.accountId) : undefined }) };
  });
  const { items, limit } = paginate(all, p);
  page(res, items, url, limit, token.rate);
}, { auth: 'read:notifications' });

// Mentions the policy holds back: private ("direct") by default, from accounts the brand does
// not follow. Filtered notifications are not streamed.
function seedHeldBack(count, options) {
  const from = [...state.accounts.values()].find((a) => a.username === (options.from || 'nadia')) || people[2];
  const ids = [];
  for (let i = 0; i < count; i++) {
    const status = createStatus(from, { text: `@brand ${options.text || 'Private complaint: my order never arrived and nobody answers.'}`, visibility: options.visibility || 'direct' });
    const now = new Date().toISOString();
    if (!notificationRequests.has(from.id)) notificationRequests.set(from.id, { id: newId(), created_at: now, updated_at: now, dismissed: false });
    notificationRequests.get(from.id).updated_at = now;
    state.notifications.push({ id: newId(), type: 'mention', created_at: now, account_id: from.id, status_id: status.id, to: brand.id, filtered: true });
    ids.push(status.id);
  }
  return ids;
}
// A quote of one of the brand's posts (4.5): the quoting status carries a Quote entity whose
// quoted_status is the brand's post, and the brand gets a `quote` notification.
function seedQuote(options) {
  const from = [...state.accounts.values()].find((a) => a.username === (options.from || 'bob')) || people[1];
  if (!brandPost) seedMentions(0);
  const quoted = state.statuses.get(String(options.id || '')) || brandPost;
  const status = createStatus(from, { text: options.text || 'Look what they shipped, and it still crashes.' });
  status.quotes_count = 0;
  Object.defineProperty(status, 'quote', { enumerable: true, get: () => ({ state: 'accepted', quoted_status: statusJson(quoted, brand.id) }) });
  quoted.quotes_count = (quoted.quotes_count || 0) + 1;
  notify('quote', from, status, brand);
  return { id: status.id, quotedId: quoted.id };
}
function heldBackControl(path, p, res) {
  if (path === '/held-back') { json(res, 200, { ids: seedHeldBack(Number(p.count || 1), p) }); return true; }
  if (path === '/policy') { for (const key of Object.keys(policy)) if (p[key]) policy[key] = p[key]; json(res, 200, policy); return true; }
  if (path === '/quote') { json(res, 200, seedQuote(p)); return true; }
  return false;
}

// ---- control API (tests only; see README.md) ------------------------------------------------
function control(req, res, p, url) {
  const path = url.pathname.replace(/^\/__control/, '');
  const find = (id) => state.statuses.get(String(id));
  if (path === '/state') {
    const text = p.text;
    const statuses = [...state.statuses.values()].filter((s) => !s.deleted);
    return json(res, 200, {
      statuses: statuses.length,
      statusesWithText: text === undefined ? null : statuses.filter((s) => s.text === text).length,
      authorsOfText: text === undefined ? null : statuses.filter((s) => s.text === text).map((s) => state.accounts.get(s.account_id).username),
      repliesTo: p.in_reply_to_id ? statuses.filter((s) => s.in_reply_to_id === p.in_reply_to_id).map((s) => ({ id: s.id, text: s.text, visibility: s.visibility })) : null,
      favourites: state.favourites.filter((f) => !f.removed).map((f) => f.status_id),
      favouritedBy: state.favourites.filter((f) => !f.removed).map((f) => ({ status: f.status_id, by: state.accounts.get(f.account_id).username })),
      notifications: state.notifications.length,
      apps: state.apps.size,
      tokens: [...state.tokens.values()].map((t) => ({ scope: t.scope, revoked: t.revoked, value: t.value })),
      clientSecrets: [...state.apps.values()].map((a) => a.client_secret),
      codes: state.issuedCodes,
      streams: state.sockets.size,
      requests: state.requests.length,
      requestLog: p.log ? state.requests : undefined,
      brandId: brand.id, brandPostId: brandPost ? brandPost.id : null, family: args.family || 'mastodon-4.5',
    });
  }
  if (heldBackControl(path, p, res)) return;
  if (path === '/seed') return json(res, 200, { ids: seedMentions(Number(p.count || 1), p) });
  if (path === '/fault') { state.faults.push({ match: p.match || '', method: p.method || null, kind: p.kind, count: Number(p.count || 1), delayMs: Number(p.delayMs || 0), retryAfter: p.retryAfter }); return json(res, 200, { faults: state.faults.length }); }
  if (path === '/reset-faults') { state.faults = []; return json(res, 200, {}); }
  if (path === '/rate-limit') { state.rateLimit = Number(p.limit); if (p.windowMs) state.rateWindowMs = Number(p.windowMs); state.rateCounters.clear(); return json(res, 200, {}); }
  if (path === '/streaming') { state.streaming = p.enabled !== 'false' && p.enabled !== false; if (!state.streaming) for (const s of state.sockets) s.destroy(); return json(res, 200, {}); }
  if (path === '/edit') { const s = find(p.id); if (!s) return error(res, 404, 'Record not found'); editStatus(s, p.text); return json(res, 200, statusJson(s, brand.id)); }
  if (path === '/delete') { const s = find(p.id); if (!s) return error(res, 404, 'Record not found'); deleteStatus(s); return json(res, 200, {}); }
  if (path === '/reply-as-brand') { const s = createStatus(brand, { text: p.text, inReplyToId: p.in_reply_to_id, visibility: p.visibility, application: p.application || 'Mastodon for Android' }); return json(res, 200, statusJson(s, brand.id)); }
  if (path === '/favourite-as-brand') { const s = find(p.id); if (!s) return error(res, 404, 'Record not found'); favourite(brand.id, s, p.removed === 'true'); return json(res, 200, {}); }
  if (path === '/revoke-tokens') { for (const t of state.tokens.values()) t.revoked = true; return json(res, 200, {}); }
  if (path === '/raw-status') {
    // A status with content exactly as given, for hostile-HTML tests.
    const from = people[0];
    const s = createStatus(from, { html: p.html, spoilerText: p.spoiler_text, inReplyToId: p.in_reply_to_id });
    s.text = p.html;
    notify('mention', from, s, brand);
    return json(res, 200, { id: s.id });
  }
  return error(res, 404, 'Unknown control');
}

function takeFault(method, pathname) {
  const index = state.faults.findIndex((f) => pathname.startsWith(f.match) && (!f.method || f.method === method) && f.count > 0);
  if (index < 0) return null;
  const fault = state.faults[index];
  fault.count -= 1;
  if (fault.count <= 0) state.faults.splice(index, 1);
  return fault;
}

async function handle(req, res) {
  const url = new URL(req.url, state.base);
  const body = await readBody(req);
  const params = parseParams(req, body, url);
  if (url.pathname.startsWith('/__control')) return control(req, res, params, url);
  state.requests.push(`${req.method} ${url.pathname}`);

  const fault = takeFault(req.method, url.pathname);
  if (fault && fault.kind === 'slow') await new Promise((r) => setTimeout(r, fault.delayMs || 3000));
  if (fault && fault.kind === 'drop-before') return req.socket.destroy();
  if (fault && /^\d+$/.test(fault.kind)) {
    const status = Number(fault.kind);
    const headers = status === 429 ? { 'Retry-After': String(fault.retryAfter || 60), 'X-RateLimit-Limit': '300', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': new Date(Date.now() + 1000 * Number(fault.retryAfter || 60)).toISOString() } : {};
    return error(res, status, status === 429 ? 'Too many requests' : status === 503 ? 'Service Unavailable' : 'We\'re sorry, but something went wrong on our end.', headers);
  }
  if (fault && (fault.kind === 'drop-after' || fault.kind === 'truncate' || fault.kind === 'hang-after')) {
    // Let the request take effect, then lose, cut or withhold the answer.
    const realEnd = res.end.bind(res);
    res.end = (data) => {
      if (fault.kind === 'drop-after') return req.socket.destroy();
      if (fault.kind === 'hang-after') return realEnd;
      const bytes = Buffer.from(data || '');
      res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
      setTimeout(() => req.socket.destroy(), 10);
      return realEnd;
    };
  }

  for (const r of routes) {
    if (r.method !== req.method) continue;
    const m = r.pattern.exec(url.pathname);
    if (!m) continue;
    let token = null;
    if (r.auth) {
      token = authenticate(req);
      if (!token) return error(res, 401, 'The access token is invalid');
      if (!hasScope(token, r.auth)) return error(res, 403, 'This action is outside the authorized scopes');
      const rate = rateHeaders(token);
      if (rate.exceeded) return error(res, 429, 'Too many requests', { ...rate.headers, 'Retry-After': String(Math.ceil((rate.resetAt - Date.now()) / 1000)) });
      token.rate = rate.headers;
    }
    return r.handler(req, res, params, token, url, m);
  }
  unknownPath(req, res);
}
// What a path the server has no route for answers, by family (see `unknownPath` above).
function unknownPath(req, res) {
  const accept = req.headers.accept || '';
  const html = (body, status) => { res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' }); res.end(body); };
  if (family.unknownPath === 'rails') {
    if (/application\/json/.test(accept)) return error(res, 404, 'Not Found');
    return html('<!DOCTYPE html><html><head><title>The page you are looking for isn\'t here.</title></head><body><div class="error">404</div></body></html>', 404);
  }
  if (family.unknownPath === 'gin') {
    if (/text\/html/.test(accept) && !/application\/json/.test(accept)) return html('<!DOCTYPE html><html><body><h1>404: Not Found</h1></body></html>', 404);
    return error(res, 404, 'Not Found: Not Found');
  }
  if (new URL(req.url, state.base).pathname.startsWith('/api/')) return error(res, 404, 'Not implemented');
  return html('<!DOCTYPE html><html><head><title>Akkoma</title></head><body><noscript>To use Akkoma, please enable JavaScript.</noscript><div id="app"></div></body></html>', 200);
}

const server = http.createServer((req, res) => {
  handle(req, res).catch((e) => { console.error(e); if (!res.headersSent) error(res, 500, 'Internal error'); });
});
server.on('upgrade', (req, socket) => {
  const url = new URL(req.url, state.base);
  const accessToken = url.searchParams.get('access_token') || req.headers['sec-websocket-protocol'] || ((req.headers.authorization || '').match(/^Bearer\s+(.+)$/i) || [])[1];
  const token = accessToken ? state.tokens.get(accessToken) : null;
  const reject = (status, text) => { socket.end(`HTTP/1.1 ${status} ${text}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`); };
  if (!state.streaming || !url.pathname.startsWith('/api/v1/streaming')) return reject(404, 'Not Found');
  if (!token || token.revoked) return reject(401, 'Unauthorized');
  if (!hasScope(token, 'read:notifications') && !hasScope(token, 'read:statuses')) return reject(401, 'Unauthorized');
  const accept = crypto.createHash('sha1').update(`${req.headers['sec-websocket-key']}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
  const protocol = req.headers['sec-websocket-protocol'] ? `Sec-WebSocket-Protocol: ${req.headers['sec-websocket-protocol']}\r\n` : '';
  socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n${protocol}\r\n`);
  socket.accountId = token.accountId;
  socket.streams = [url.searchParams.get('stream') || 'user'];
  state.sockets.add(socket);
  socket.on('data', (chunk) => readFrames(socket, chunk));
  socket.on('close', () => state.sockets.delete(socket));
  socket.on('error', () => state.sockets.delete(socket));
});
server.listen(Number(args.port || 0), host, () => {
  state.base = `http://${host}:${server.address().port}`;
  process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`);
});
process.on('SIGTERM', () => process.exit(0));
