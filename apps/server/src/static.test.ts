import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gunzipSync, gzipSync, brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createHarness } from './test-kit.ts';

const PAGE = `<!doctype html><title>Footfall</title><style>${'.x{color:red}'.repeat(100)}</style>`;
const APP_SCRIPT = `console.log(${JSON.stringify('footfall '.repeat(300))})`;

function buildFixture(): string {
  const parent = mkdtempSync(join(tmpdir(), 'footfall-static-'));
  const root = join(parent, 'dist');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), PAGE);
  writeFileSync(join(root, 'index.html.br'), brotliCompressSync(PAGE));
  writeFileSync(join(root, 'index.html.gz'), gzipSync(PAGE));
  writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(join(root, 'favicon.svg'), '<svg/>');
  // As the web build writes them: the asset and its brotli and gzip copies.
  const script = join(root, 'assets', 'boot-def456.js');
  writeFileSync(script, APP_SCRIPT);
  writeFileSync(`${script}.br`, brotliCompressSync(APP_SCRIPT));
  writeFileSync(`${script}.gz`, gzipSync(APP_SCRIPT));
  writeFileSync(join(parent, 'secret.txt'), 'outside the build');
  return root;
}

describe('static SPA', () => {
  const { app } = createHarness({ staticRoot: buildFixture() });

  it('should serve index.html with no-cache at the root and for deep links', async () => {
    for (const path of ['/', '/devices/d47c44906f14', '/some/deep/link?x=1']) {
      const response = await app.request(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toMatch(/^text\/html/);
      expect(response.headers.get('Cache-Control')).toBe('no-cache');
      expect(await response.text()).toContain('<title>Footfall</title>');
    }
  });

  it('should send the page for a deep link compressed as the browser takes it, or plain', async () => {
    const path = '/overview?from=2024-05-01';
    const br = await app.request(path, { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(br.headers.get('Content-Encoding')).toBe('br');
    expect(br.headers.get('Vary')).toBe('Accept-Encoding');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(PAGE);
    const gzip = await app.request(path, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(PAGE);
    const plain = await app.request(path);
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    expect(await plain.text()).toBe(PAGE);
  });

  it('should answer /robots.txt with a file that disallows every path, built or not', async () => {
    for (const harness of [
      createHarness({ staticRoot: buildFixture() }),
      createHarness({ staticRoot: '/nonexistent' }),
    ]) {
      const response = await harness.app.request('/robots.txt');
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toMatch(/^text\/plain/);
      expect(await response.text()).toBe('User-agent: *\nDisallow: /\n');
    }
  });

  it('should mark the page noindex for crawlers that ignore robots.txt', async () => {
    const response = await app.request('/overview');
    expect(response.headers.get('X-Robots-Tag')).toBe('noindex, nofollow');
  });

  it('should serve hashed assets as immutable for a year', async () => {
    const response = await app.request('/assets/index-abc123.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('should serve other files with their type and a missing asset as 404', async () => {
    const icon = await app.request('/favicon.svg');
    expect(icon.headers.get('Content-Type')).toBe('image/svg+xml');
    expect((await app.request('/assets/index-old.js')).status).toBe(404);
    for (const path of ['/favicon.ico', '/x.js', '/deep/link/missing.png']) {
      const missing = await app.request(path);
      expect(missing.status).toBe(404);
      expect(missing.headers.get('Content-Type')).toMatch(/^text\/plain/);
    }
  });

  it("should send the build's brotli or gzip copy to a browser that takes it", async () => {
    const ask = (acceptEncoding?: string) =>
      app.request('/assets/boot-def456.js', {
        headers: acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding },
      });
    const br = await ask('gzip, deflate, br, zstd');
    expect(br.headers.get('Content-Encoding')).toBe('br');
    expect(br.headers.get('Vary')).toBe('Accept-Encoding');
    expect(br.headers.get('Content-Type')).toMatch(/^text\/javascript/);
    expect(br.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(APP_SCRIPT);

    const gzip = await ask('gzip, deflate, br;q=0');
    expect(gzip.headers.get('Content-Encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(APP_SCRIPT);

    for (const identity of [undefined, 'identity', 'br;q=0, gzip;q=0']) {
      const plain = await ask(identity);
      expect(plain.headers.get('Content-Encoding')).toBeNull();
      expect(plain.headers.get('Vary')).toBe('Accept-Encoding');
      expect(await plain.text()).toBe(APP_SCRIPT);
    }
    // A file the build did not compress is sent as it is, whatever the browser takes.
    const small = await app.request('/assets/index-abc123.js', {
      headers: { 'Accept-Encoding': 'br, gzip' },
    });
    expect(small.headers.get('Content-Encoding')).toBeNull();
    expect(await small.text()).toBe('console.log(1)');
  });

  it('should read a hashed asset once and serve it from memory after', async () => {
    const root = buildFixture();
    const { app: fresh } = createHarness({ staticRoot: root });
    const first = await fresh.request('/assets/index-abc123.js');
    expect(await first.text()).toBe('console.log(1)');
    // A hashed name never changes content: even gone from disk, it is still served.
    rmSync(join(root, 'assets', 'index-abc123.js'));
    const again = await fresh.request('/assets/index-abc123.js');
    expect(again.status).toBe(200);
    expect(await again.text()).toBe('console.log(1)');
    // Other files are read on every request: index.html changes with each build.
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Rebuilt</title>');
    expect(await (await fresh.request('/')).text()).toContain('Rebuilt');
  });

  it.each([
    '/%2e%2e/secret.txt',
    '/assets/%2E%2E/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e%5csecret.txt',
    '/%00',
  ])('should never leave the build folder for %s', async (path) => {
    const response = await app.request(path);
    expect(await response.text()).not.toContain('outside the build');
  });
});

describe('static SPA without a build', () => {
  it('should say to run pnpm build', async () => {
    const response = await createHarness({ staticRoot: '/nonexistent-footfall' }).app.request('/');
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('pnpm build');
  });
});
