/**
 * What the benchmark ran on: CPU, cores, memory, OS, and the versions of
 * Node, Neo4j, Chromium and the packages that matter.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';

const require = createRequire(import.meta.url);

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  os: string;
  node: string;
  java: string;
  chromium: string;
  packages: Record<string, string>;
}

/** The version of an installed package, from its package.json. */
function packageVersion(name: string): string {
  try {
    const path = require.resolve(`${name}/package.json`);
    return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
  } catch {
    try {
      // Packages whose "exports" hide package.json: find it next to the main file.
      const main = require.resolve(name);
      const dir = main.slice(0, main.lastIndexOf(`/node_modules/${name}/`) + `/node_modules/${name}/`.length);
      return (JSON.parse(readFileSync(`${dir}package.json`, 'utf8')) as { version: string }).version;
    } catch {
      return '?';
    }
  }
}

function command(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim().split('\n')[0];
  } catch (e) {
    const err = e as { stderr?: string };
    return err.stderr?.trim().split('\n')[0] ?? '?';
  }
}

/** The machine and software of this run. */
export function describeMachine(): Machine {
  const names = [
    'graphology',
    'graphology-layout-forceatlas2',
    'graphql',
    'graphql-yoga',
    'neo4j-driver',
    '@neo4j/graphql',
    'minisearch',
    'cytoscape',
    'cytoscape-fcose',
    'autocannon',
    'playwright-core',
    'tsx',
  ];
  return {
    cpu: os.cpus()[0]?.model ?? '?',
    cores: os.cpus().length,
    memoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    java: (() => {
      const r = spawnSync('java', ['-version'], { encoding: 'utf8' });
      return `${r.stderr ?? ''}${r.stdout ?? ''}`.trim().split('\n')[0] || '?';
    })(),
    chromium: command('/usr/bin/chromium', ['--version']),
    packages: Object.fromEntries(names.map((n) => [n, packageVersion(n)])),
  };
}
