import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHarness } from './test-kit.ts';

function buildFixture(): string {
  const parent = mkdtempSync(join(tmpdir(), 'footfall-static-'));
  const root = join(parent, 'dist');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Footfall</title>');
  writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(join(root, 'favicon.svg'), '<svg/>');
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
