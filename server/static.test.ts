import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../graph/store/index.ts';
import { listen } from './http.ts';

/** A Vite-like build in `dir`: index.html naming its hashed script, and the script; `emptyOutDir` as Vite does it. */
function build(dir: string, hash: string, size = 10): void {
  for (const f of ['index.html', 'assets']) rmSync(join(dir, f), { recursive: true, force: true });
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'assets', `index-${hash}.js`), `/* ${hash} */` + 'x'.repeat(size));
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html><head><script type="module" src="/assets/index-${hash}.js"></script></head><body></body></html>\n`);
}

describe('the explorer while it is rebuilt', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof listen>>;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'samkart-dist-'));
    build(dir, 'AAAA1111');
    server = await listen({ store: new EmbeddedStore(), port: 0, clientDir: dir });
  });
  afterEach(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the new index.html and its new assets after a rebuild, and not the old ones', async () => {
    const first = await fetch(`${server.url}/?v=network`);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    expect(await first.text()).toContain('index-AAAA1111.js');
    build(dir, 'BBBB2222', 5_000);
    const page = await (await fetch(`${server.url}/?v=network`)).text();
    expect(page).toContain('index-BBBB2222.js');
    const script = await fetch(`${server.url}/assets/index-BBBB2222.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toContain('immutable');
    expect((await script.text()).length).toBe('/* BBBB2222 */'.length + 5_000);
    expect((await fetch(`${server.url}/assets/index-AAAA1111.js`)).status).toBe(404);
    // An app route that is not a file still gets the app.
    expect(await (await fetch(`${server.url}/some/route`)).text()).toContain('index-BBBB2222.js');
  });

  it('keeps answering, whole or not at all, while a build deletes and rewrites the files under it', async () => {
    let building = true;
    const builds = (async () => {
      for (let i = 0; building; i++) {
        build(dir, `C${i}`.padEnd(8, '0'), 200_000 + (i % 7) * 10_000);
        await new Promise((r) => setImmediate(r));
      }
    })();
    const outcomes: string[] = [];
    for (let i = 0; i < 60; i++) {
      const page = await fetch(`${server.url}/`).catch(() => null);
      if (!page) continue;
      const html = await page.text();
      outcomes.push(String(page.status));
      const src = /src="([^"]+)"/.exec(html)?.[1];
      if (!src) continue;
      try {
        const res = await fetch(`${server.url}${src}`);
        const body = await res.text();
        outcomes.push(String(res.status));
        // A file that is served is served whole: as long as its own header says.
        if (res.status === 200) expect(body.length).toBe(Number(res.headers.get('content-length')));
      } catch {
        outcomes.push('cut');
      }
    }
    building = false;
    await builds;
    expect(outcomes.filter((o) => o === '200').length).toBeGreaterThan(0);
    expect(outcomes.every((o) => ['200', '404', '503', 'cut'].includes(o))).toBe(true);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect(await (await fetch(`${server.url}/`)).text()).toMatch(/index-C\d+/);
  });

  it('waits for index.html while a build has removed it, then serves the new one', async () => {
    rmSync(join(dir, 'index.html'));
    setTimeout(() => build(dir, 'DDDD4444'), 300);
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('index-DDDD4444.js');
  });

  it('answers 503 with Retry-After when index.html stays missing, and serves it once built', async () => {
    rmSync(join(dir, 'index.html'));
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(503);
    expect(page.headers.get('retry-after')).toBeTruthy();
    build(dir, 'EEEE5555');
    expect(await (await fetch(`${server.url}/`)).text()).toContain('index-EEEE5555.js');
  }, 10_000);
});

describe('the explorer before it was ever built', () => {
  it('says how to build it, and serves it once built, without a restart', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'samkart-nodist-'));
    const dir = join(parent, 'dist');
    const server = await listen({ store: new EmbeddedStore(), port: 0, clientDir: dir });
    try {
      const before = await fetch(`${server.url}/`);
      expect(before.status).toBe(503);
      expect(await before.text()).toMatch(/npm run build/);
      build(dir, 'FFFF6666');
      expect(await (await fetch(`${server.url}/`)).text()).toContain('index-FFFF6666.js');
    } finally {
      await server.close();
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
