// SPDX-License-Identifier: GPL-3.0-or-later
// oidc-provider (a certified OAuth 2.0 / OpenID Connect server) configured as a native app's
// authorization server: one confidential client with a loopback redirect, PKCE S256 required,
// refresh tokens that expire after REFRESH_TTL seconds (--refresh-ttl=N, default 3).
// Prints {"port": N} once it listens.
import Provider from 'oidc-provider';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const refreshTtl = Number(args['refresh-ttl'] || 3);

const server = (await import('node:http')).createServer();
await new Promise((resolve) => server.listen(Number(args.port || 0), '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [{
    client_id: 'hearken',
    // '+', '/' and '=' check that the client encodes its secret.
    client_secret: 'se+cret/with=signs',
    application_type: 'native',
    redirect_uris: ['http://127.0.0.1/callback'],
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_post',
  }],
  pkce: { required: () => true, methods: ['S256'] },
  scopes: ['openid', 'offline_access', 'api:read'],
  features: { devInteractions: { enabled: true }, revocation: { enabled: true } },
  issueRefreshToken: async (ctx, client) => client.grantTypeAllowed('refresh_token'),
  rotateRefreshToken: true,
  ttl: { AccessToken: 60, AuthorizationCode: 60, RefreshToken: refreshTtl, Grant: 3600, Session: 3600, Interaction: 3600 },
  findAccount: async (ctx, id) => ({ accountId: id, claims: async () => ({ sub: id }) }),
});
provider.proxy = false;
server.on('request', provider.callback());
process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`);
process.on('SIGTERM', () => process.exit(0));
