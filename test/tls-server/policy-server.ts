import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createSecureContext, type SecureContext } from 'node:tls';
import forge from 'node-forge';
import type { PolicyResponse } from '../fixtures/zones/tls.js';

/** A test certificate authority: its certificate (PEM) and a way to issue leaf certificates under it. */
export interface TestCa {
  cert: string;
  issue(names: readonly string[], options?: { expired?: boolean }): { cert: string; key: string };
}

/** Generates an RSA key pair with node:crypto (fast) and hands it to forge as PEM. */
function keyPair() {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return {
    publicKey: forge.pki.publicKeyFromPem(publicKey),
    privateKey: forge.pki.privateKeyFromPem(privateKey),
    pem: privateKey,
  };
}

const serial = () => `01${randomBytes(8).toString('hex')}`;

/** Creates a CA that exists only for this test run (its private key never leaves memory). */
export function createTestCa(): TestCa {
  const ca = keyPair();
  const caCert = forge.pki.createCertificate();
  caCert.publicKey = ca.publicKey;
  caCert.serialNumber = serial();
  caCert.validity.notBefore = new Date(Date.now() - 3600_000);
  caCert.validity.notAfter = new Date(Date.now() + 86400_000);
  const caName = [{ name: 'commonName', value: 'mailposture test CA' }];
  caCert.setSubject(caName);
  caCert.setIssuer(caName);
  caCert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
  ]);
  caCert.sign(ca.privateKey, forge.md.sha256.create());
  return {
    cert: forge.pki.certificateToPem(caCert),
    issue(names, options = {}) {
      const leaf = keyPair();
      const cert = forge.pki.createCertificate();
      cert.publicKey = leaf.publicKey;
      cert.serialNumber = serial();
      const now = Date.now();
      cert.validity.notBefore = new Date(options.expired ? now - 3 * 86400_000 : now - 3600_000);
      cert.validity.notAfter = new Date(options.expired ? now - 86400_000 : now + 86400_000);
      cert.setSubject([{ name: 'commonName', value: names[0] ?? 'leaf' }]);
      cert.setIssuer(caCert.subject.attributes);
      cert.setExtensions([
        { name: 'basicConstraints', cA: false },
        { name: 'extKeyUsage', serverAuth: true },
        { name: 'subjectAltName', altNames: names.map((value) => ({ type: 2, value })) },
      ]);
      cert.sign(ca.privateKey, forge.md.sha256.create());
      return { cert: forge.pki.certificateToPem(cert), key: leaf.pem };
    },
  };
}

/** The running policy server: HTTPS on 127.0.0.1, one certificate per host chosen by SNI. */
export interface PolicyServer {
  port: number;
  /** The CA that issued the server's certificates, to be trusted by the test's fetch. */
  ca: string;
  /** Every request served, as "host path". */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves MTA-STS policies (RFC 8461 §3.2) at /.well-known/mta-sts.txt of each policy host, as the fixture describes
 * them: status, media type, redirects, and a certificate for another name where `wrongName` is set.
 */
export async function startPolicyServer(policies: Record<string, PolicyResponse>): Promise<PolicyServer> {
  const ca = createTestCa();
  const hosts = Object.keys(policies);
  const good = ca.issue(hosts.filter((host) => !policies[host]!.wrongName));
  const other = ca.issue(['mta-sts.another-name.test']);
  const contexts = new Map<string, SecureContext>();
  const goodContext = createSecureContext(good);
  const otherContext = createSecureContext(other);
  for (const host of hosts) contexts.set(host, policies[host]!.wrongName ? otherContext : goodContext);
  const requests: string[] = [];
  const server: Server = createServer(
    {
      ...good,
      SNICallback: (servername, callback) => callback(null, contexts.get(servername.toLowerCase()) ?? goodContext),
    },
    (request, response) => {
      const host = (request.headers.host ?? '').split(':')[0]!.toLowerCase();
      requests.push(`${host} ${request.url}`);
      const policy = policies[host];
      if (!policy || request.url !== '/.well-known/mta-sts.txt' || request.method !== 'GET') {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
        return;
      }
      const headers: Record<string, string> = { 'content-type': policy.contentType ?? 'text/plain; charset=utf-8' };
      if (policy.location) headers.location = policy.location;
      const answer = () => response.writeHead(policy.status ?? 200, headers).end(policy.body ?? '');
      if (policy.delayMs) setTimeout(answer, policy.delayMs).unref();
      else answer();
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    ca: ca.cert,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
