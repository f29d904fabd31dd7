/**
 * Local Neo4j for dev and tests, without Docker: builds the tiny embedded Neo4j 5.26 Community
 * launcher in scripts/neo4j (Maven, cached in target/) and runs it with Java, Bolt only, auth off.
 * Used by the `npm run neo4j` CLI (scripts/neo4j.ts) and the vitest global setup
 * (scripts/test/neo4j-global-setup.ts).
 *
 * Files in the data dir (default .data/neo4j): launcher.pid (plain pid of the Java process),
 * launcher.json (pid, port, uri), launcher.log (Java output), plus Neo4j's own data/ and logs/.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { searchPath } from '../../server/config.ts';

/** Repository root (two levels above this file). */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Maven project of the Java launcher. */
export const LAUNCHER_DIR = path.join(REPO_ROOT, 'scripts', 'neo4j');
/** Default Bolt port of the dev instance. */
export const DEFAULT_PORT = 7687;
/** Default data (home) directory of the dev instance. */
export const DEFAULT_DATA_DIR = path.join(REPO_ROOT, '.data', 'neo4j');
/** Neo4j version the launcher is built against (keep in sync with scripts/neo4j/pom.xml). */
export const NEO4J_VERSION = '5.26.30';

const MAIN_CLASS = 'samkart.Neo4jLauncher';
const TARGET_DIR = path.join(LAUNCHER_DIR, 'target');
const CLASSES_DIR = path.join(TARGET_DIR, 'classes');
const CLASS_FILE = path.join(CLASSES_DIR, 'samkart', 'Neo4jLauncher.class');
const CLASSPATH_FILE = path.join(TARGET_DIR, 'classpath.txt');
const BUILD_STAMP = path.join(TARGET_DIR, '.samkart-build-stamp');
const BUILD_LOCK = path.join(TARGET_DIR, '.samkart-build-lock');

/** JVM flags: the module opens Neo4j ships with, plus a modest heap for a shared 2-core box. */
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+ExitOnOutOfMemoryError',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dlog4j2.disable.jmx=true',
];

/** A user-facing failure: the CLI prints only the message (no stack trace). */
export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

export interface StartOptions {
  /** Bolt port on 127.0.0.1 (default NEO4J_PORT or 7687). */
  port?: number;
  /** Neo4j home/data directory (default .data/neo4j). */
  dataDir?: string;
  /** Run in the background, surviving this process (logs to <dataDir>/launcher.log). */
  detach?: boolean;
  /** Attached mode only: also copy Java's output to this process's stdout/stderr. */
  echo?: boolean;
  /** How long to wait for Bolt to answer (default 180 s). */
  readyTimeoutMs?: number;
  /** Max heap, at least 128m (default "1g"). */
  heap?: string;
  /** Page cache size (default "256m"). */
  pageCache?: string;
  /** Progress messages (build, start); default: silent. */
  log?: (msg: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  port: number;
  pid: number;
  dataDir: string;
  logFile: string;
  pidFile: string;
  /** True when this call found an instance already running on the data dir and reused it. */
  reused: boolean;
  /** Resolves with the Java exit code when it exits (attached mode; never resolves for detached/reused). */
  exited: Promise<number | null>;
  /** Stops Neo4j (SIGTERM, waits for a clean exit) and removes the pid file. */
  stop(): Promise<void>;
}

export interface Neo4jStatus {
  running: boolean;
  dataDir: string;
  pid?: number;
  port?: number;
  uri?: string;
  /** Bolt answered `RETURN 1` (only checked when running). */
  reachable?: boolean;
  /** A pid file was found but its process is gone (it has been removed). */
  stalePidFile?: boolean;
}

interface Meta {
  pid: number;
  port: number;
  uri: string;
  startedAt: string;
}

/** Path relative to the repo root when inside it, else absolute (for messages). */
export function displayPath(p: string): string {
  const r = path.relative(REPO_ROOT, path.resolve(p));
  return r === '' ? '.' : r.startsWith('..') || path.isAbsolute(r) ? path.resolve(p) : r;
}

/** Paths of the bookkeeping files inside a data dir. */
export function runtimeFiles(dataDir: string = DEFAULT_DATA_DIR): { pidFile: string; metaFile: string; logFile: string } {
  const dir = path.resolve(dataDir);
  return {
    pidFile: path.join(dir, 'launcher.pid'),
    metaFile: path.join(dir, 'launcher.json'),
    logFile: path.join(dir, 'launcher.log'),
  };
}

/** Full path of an executable found on PATH, or undefined. */
export function which(cmd: string, folders: string = searchPath()): string | undefined {
  const exts = process.platform === 'win32' ? ['.exe', '.cmd', '.bat', ''] : [''];
  for (const dir of folders.split(path.delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const p = path.join(dir, cmd + ext);
      try {
        fs.accessSync(p, fs.constants.X_OK);
        if (fs.statSync(p).isFile()) return p;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

/** Why the local Neo4j cannot run here (a plain sentence), or undefined if it can. */
export function localNeo4jUnavailableReason(): string | undefined {
  const java = which('java');
  const mvn = which('mvn');
  if (!java && !mvn) return 'java and mvn are not on PATH';
  if (!java) return 'java is not on PATH (Neo4j 5.26 needs Java 17 or 21)';
  if (!mvn && !launcherUpToDate()) return 'mvn is not on PATH and the Neo4j launcher in scripts/neo4j has not been built yet';
  return undefined;
}

/** True when java and mvn are on PATH (or java is, and the launcher is already built). */
export function canRunLocalNeo4j(): boolean {
  return localNeo4jUnavailableReason() === undefined;
}

function newestMtime(p: string): number {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const e of fs.readdirSync(p)) max = Math.max(max, newestMtime(path.join(p, e)));
  return max;
}

/** True when target/classes and target/classpath.txt exist, are newer than pom.xml/src, and all jars exist. */
export function launcherUpToDate(): boolean {
  try {
    if (!fs.existsSync(CLASS_FILE) || !fs.existsSync(CLASSPATH_FILE) || !fs.existsSync(BUILD_STAMP)) return false;
    const built = fs.statSync(BUILD_STAMP).mtimeMs;
    const sources = Math.max(newestMtime(path.join(LAUNCHER_DIR, 'pom.xml')), newestMtime(path.join(LAUNCHER_DIR, 'src')));
    if (sources > built) return false;
    const jars = readClasspath();
    return jars.length > 0 && jars.every((j) => fs.existsSync(j));
  } catch {
    return false;
  }
}

function readClasspath(): string[] {
  return fs
    .readFileSync(CLASSPATH_FILE, 'utf8')
    .trim()
    .split(path.delimiter)
    .filter((s) => s.length > 0);
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function withBuildLock<T>(fn: () => Promise<T>): Promise<T> {
  fs.mkdirSync(TARGET_DIR, { recursive: true });
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(BUILD_LOCK);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      // Another process is building; treat a lock older than 10 minutes as stale.
      try {
        if (Date.now() - fs.statSync(BUILD_LOCK).mtimeMs > 10 * 60_000) fs.rmSync(BUILD_LOCK, { recursive: true, force: true });
      } catch {
        // raced with its removal
      }
      if (Date.now() > deadline) throw new LocalNeo4jError(`Timed out waiting for another build of the Neo4j launcher (lock ${BUILD_LOCK}).`);
      await sleep(500);
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

/** Builds the Java launcher with Maven unless it is up to date; returns whether it built and how long it took. */
export async function ensureLauncherBuilt(log: (msg: string) => void = () => {}): Promise<{ built: boolean; ms: number }> {
  if (launcherUpToDate()) return { built: false, ms: 0 };
  const mvn = which('mvn');
  if (!mvn) {
    throw new LocalNeo4jError(
      'Maven (mvn) is not on PATH, and the Neo4j launcher in scripts/neo4j has not been built yet. Install Maven 3.8+ (e.g. `apt-get install maven`) and retry.',
    );
  }
  return withBuildLock(async () => {
    if (launcherUpToDate()) return { built: false, ms: 0 }; // built by someone else meanwhile
    log(`Building the Neo4j ${NEO4J_VERSION} launcher with Maven (the first run downloads ~125 MB of jars into ~/.m2) ...`);
    const t0 = Date.now();
    const args = [
      '-q',
      '-B',
      '-f',
      path.join(LAUNCHER_DIR, 'pom.xml'),
      'compile',
      'dependency:build-classpath',
      `-Dmdep.outputFile=${CLASSPATH_FILE}`,
    ];
    const { code, output } = await run(mvn, args, LAUNCHER_DIR);
    if (code !== 0) {
      throw new LocalNeo4jError(`Maven build of the Neo4j launcher failed (exit ${code}): mvn ${args.join(' ')}\n${stripAnsi(output).trim()}`);
    }
    if (!fs.existsSync(CLASS_FILE) || !fs.existsSync(CLASSPATH_FILE)) {
      throw new LocalNeo4jError(`Maven finished but ${displayPath(CLASS_FILE)} or ${displayPath(CLASSPATH_FILE)} is missing.`);
    }
    fs.writeFileSync(BUILD_STAMP, new Date().toISOString() + '\n');
    const ms = Date.now() - t0;
    log(`Built the launcher in ${(ms / 1000).toFixed(1)} s.`);
    return { built: true, ms };
  });
}

function run(cmd: string, args: string[], cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

function stripAnsi(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\u001b\[[0-9;]*m/g, '');
}

function javaMajorVersion(java: string): number | undefined {
  const r = spawnSync(java, ['-version'], { encoding: 'utf8', timeout: 15_000 });
  const m = /version "(\d+)(?:\.(\d+))?/.exec(`${r.stderr}${r.stdout}`);
  if (!m) return undefined;
  const major = Number(m[1]);
  return major === 1 ? Number(m[2]) : major;
}

/** True when nothing listens on 127.0.0.1:port. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen({ port, host: '127.0.0.1', exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

/** First free port from `preferred` upwards (up to 200 tries), else an OS-assigned one. */
export async function findFreePort(preferred: number, avoid: number[] = []): Promise<number> {
  for (let p = preferred; p < preferred + 200 && p < 65536; p++) {
    if (!avoid.includes(p) && (await isPortFree(p))) return p;
  }
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen({ port: 0, host: '127.0.0.1' }, () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** True when `pid` is a live (non-zombie) Samkart Neo4j launcher process. */
export function isLauncherAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  const procCmdline = `/proc/${pid}/cmdline`;
  if (fs.existsSync('/proc/self/cmdline')) {
    try {
      // Empty for zombies; a reused pid will not mention the launcher class.
      return fs.readFileSync(procCmdline, 'utf8').includes(MAIN_CLASS);
    } catch {
      return false;
    }
  }
  return true;
}

function readPid(pidFile: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(pidFile, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function readMeta(metaFile: string): Meta | undefined {
  try {
    return JSON.parse(fs.readFileSync(metaFile, 'utf8')) as Meta;
  } catch {
    return undefined;
  }
}

function removeRuntimeFiles(dataDir: string, pid?: number): void {
  const { pidFile, metaFile } = runtimeFiles(dataDir);
  // Only remove files that still belong to `pid` (a newer instance may have replaced them).
  if (pid === undefined || readPid(pidFile) === pid) fs.rmSync(pidFile, { force: true });
  const meta = readMeta(metaFile);
  if (pid === undefined || !meta || meta.pid === pid) fs.rmSync(metaFile, { force: true });
}

/** Last `lines` lines of a file ('' if missing). */
export function tailFile(file: string, lines = 40): string {
  try {
    const text = stripAnsi(fs.readFileSync(file, 'utf8'));
    return text.split('\n').slice(-lines - 1).join('\n').trimEnd();
  } catch {
    return '';
  }
}

/** True when the launcher with this pid logged that its Bolt connector on `port` is up. */
function launcherLoggedReady(logFile: string, port: number, pid: number): boolean {
  try {
    // e.g. "[samkart-neo4j] READY bolt://127.0.0.1:7687 (Neo4j 5.26.30 community, database 'neo4j', pid 123, ..."
    return new RegExp(`READY bolt://127\\.0\\.0\\.1:${port} .*\\bpid ${pid},`).test(fs.readFileSync(logFile, 'utf8'));
  } catch {
    return false;
  }
}

/** Runs `RETURN 1` over Bolt; resolves true when the server answers. */
export async function boltAnswers(uri: string, timeoutMs = 5000): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'neo4j'), { // auth is off: any credentials work
    connectionTimeout: timeoutMs,
    connectionAcquisitionTimeout: timeoutMs,
    maxConnectionPoolSize: 1,
  });
  try {
    await driver.verifyConnectivity();
    const res = await driver.executeQuery('RETURN 1 AS x');
    return res.records[0]?.get('x')?.toNumber?.() === 1;
  } catch {
    return false;
  } finally {
    await driver.close().catch(() => {});
  }
}

/** Reports whether a launcher is running on the data dir (cleaning up a stale pid file). */
export async function localNeo4jStatus(opts: { dataDir?: string; checkBolt?: boolean } = {}): Promise<Neo4jStatus> {
  const dataDir = path.resolve(opts.dataDir ?? DEFAULT_DATA_DIR);
  const { pidFile, metaFile } = runtimeFiles(dataDir);
  const pid = readPid(pidFile);
  if (pid === undefined) return { running: false, dataDir };
  if (!isLauncherAlive(pid)) {
    removeRuntimeFiles(dataDir, pid);
    return { running: false, dataDir, pid, stalePidFile: true };
  }
  const meta = readMeta(metaFile);
  const status: Neo4jStatus = { running: true, dataDir, pid, port: meta?.port, uri: meta?.uri };
  if (opts.checkBolt !== false && meta?.uri) status.reachable = await boltAnswers(meta.uri, 3000);
  return status;
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isLauncherAlive(pid)) return true;
    await sleep(200);
  }
  return !isLauncherAlive(pid);
}

/** Stops the launcher recorded in the data dir's pid file (SIGTERM, then SIGKILL after the timeout). */
export async function stopLocalNeo4j(
  opts: { dataDir?: string; timeoutMs?: number } = {},
): Promise<{ stopped: boolean; pid?: number; stale?: boolean; killed?: boolean }> {
  const dataDir = path.resolve(opts.dataDir ?? DEFAULT_DATA_DIR);
  const { pidFile } = runtimeFiles(dataDir);
  const pid = readPid(pidFile);
  if (pid === undefined) return { stopped: false };
  if (!isLauncherAlive(pid)) {
    removeRuntimeFiles(dataDir, pid);
    return { stopped: false, pid, stale: true };
  }
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    // exited just now
  }
  let killed = false;
  if (!(await waitForExit(pid, opts.timeoutMs ?? 60_000))) {
    try {
      process.kill(pid, 'SIGKILL');
      killed = true;
    } catch {
      // gone
    }
    await waitForExit(pid, 5000);
  }
  removeRuntimeFiles(dataDir, pid);
  return { stopped: true, pid, killed };
}

/** Builds if needed, starts Neo4j and waits until Bolt answers `RETURN 1`; returns its URI and a stop(). */
export async function startLocalNeo4j(opts: StartOptions = {}): Promise<LocalNeo4j> {
  const log = opts.log ?? (() => {});
  // NEO4J_PORT is read by server/config.ts (localNeo4jConfig) and passed in as `port`.
  const port = opts.port ?? DEFAULT_PORT;
  const dataDir = path.resolve(opts.dataDir ?? DEFAULT_DATA_DIR);
  const { pidFile, metaFile, logFile } = runtimeFiles(dataDir);
  const uri = `bolt://127.0.0.1:${port}`;
  const readyTimeoutMs = opts.readyTimeoutMs ?? 180_000;

  const java = which('java');
  if (!java) throw new LocalNeo4jError('java is not on PATH. Install a JDK 17 or 21 (e.g. `apt-get install openjdk-17-jdk-headless`) and retry.');
  const major = javaMajorVersion(java);
  if (major !== undefined && major < 17) throw new LocalNeo4jError(`Neo4j ${NEO4J_VERSION} needs Java 17 or 21, but \`java\` on PATH (${java}) is Java ${major}.`);

  // One instance per data dir (Neo4j locks the store anyway; this gives a clearer message).
  const existing = await localNeo4jStatus({ dataDir, checkBolt: false });
  if (existing.running && existing.pid !== undefined) {
    const existingUri = existing.uri ?? uri;
    if (opts.detach && existing.port === port) {
      const pid = existing.pid;
      return {
        uri: existingUri,
        port,
        pid,
        dataDir,
        logFile,
        pidFile,
        reused: true,
        exited: new Promise<number | null>(() => {}),
        stop: async () => void (await stopLocalNeo4j({ dataDir })),
      };
    }
    throw new LocalNeo4jError(
      `Neo4j is already running for ${displayPath(dataDir)} (pid ${existing.pid}, ${existingUri}). Stop it first with \`npm run neo4j -- stop${dataDir === DEFAULT_DATA_DIR ? '' : ` --data ${displayPath(dataDir)}`}\`.`,
    );
  }

  if (!(await isPortFree(port))) {
    throw new LocalNeo4jError(
      `Port ${port} on 127.0.0.1 is already in use by another process (another Neo4j?). Stop it, or pick another port with --port N / NEO4J_PORT=N.`,
    );
  }

  await ensureLauncherBuilt(log);
  const classpath = [CLASSES_DIR, ...readClasspath()].join(path.delimiter);

  fs.mkdirSync(dataDir, { recursive: true });
  if (fs.existsSync(logFile)) fs.renameSync(logFile, `${logFile}.1`);
  const args = [
    '-Xms128m',
    `-Xmx${opts.heap ?? '1g'}`,
    ...JVM_FLAGS,
    '-cp',
    classpath,
    MAIN_CLASS,
    '--port',
    String(port),
    '--data',
    dataDir,
    '--page-cache',
    opts.pageCache ?? '256m',
    '--pid-file',
    pidFile,
  ];

  let child: ChildProcess;
  const logFd = fs.openSync(logFile, 'a');
  if (opts.detach) {
    child = spawn(java, args, { cwd: REPO_ROOT, detached: true, stdio: ['ignore', logFd, logFd] });
    child.unref();
  } else {
    // Attached: Java watches its stdin and shuts down if this process dies without stopping it.
    child = spawn(java, [...args, '--exit-on-stdin-eof'], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    // Synchronous writes, so the log tail is complete when we report a failure.
    child.stdout?.on('data', (d: Buffer) => {
      fs.writeSync(logFd, d);
      if (opts.echo) process.stdout.write(d);
    });
    child.stderr?.on('data', (d: Buffer) => {
      fs.writeSync(logFd, d);
      if (opts.echo) process.stderr.write(d);
    });
  }

  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) => {
    child.once('error', (err) => {
      fs.appendFileSync(logFile, `failed to spawn java: ${err.message}\n`);
      exitCode = -1;
      resolve(-1);
    });
    // 'close' (not 'exit'): all of Java's output has been written to the log by then.
    child.once('close', (code, signal) => {
      exitCode = code ?? (signal ? 128 + (({ SIGTERM: 15, SIGINT: 2, SIGKILL: 9 } as Record<string, number>)[signal] ?? 0) : null);
      removeRuntimeFiles(dataDir, child.pid);
      if (!opts.detach) fs.closeSync(logFd);
      resolve(exitCode);
    });
  });
  if (opts.detach) fs.closeSync(logFd); // the child has its own copy

  const pid = child.pid;
  if (pid === undefined) {
    await exited;
    throw new LocalNeo4jError(`Could not start java.\n${tailFile(logFile)}`);
  }
  fs.writeFileSync(pidFile, `${pid}\n`);
  fs.writeFileSync(metaFile, JSON.stringify({ pid, port, uri, startedAt: new Date().toISOString() } satisfies Meta, null, 2) + '\n');
  log(`Starting Neo4j ${NEO4J_VERSION} (pid ${pid}, data ${displayPath(dataDir)}) ...`);

  const stopAttached = async (): Promise<void> => {
    if (exitCode === undefined) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => {
        if (exitCode === undefined) child.kill('SIGKILL');
      }, 60_000);
      await exited;
      clearTimeout(timer);
    }
    removeRuntimeFiles(dataDir, pid);
  };
  const stop = opts.detach ? async () => void (await stopLocalNeo4j({ dataDir })) : stopAttached;

  // Wait for readiness: Java still alive, it logged READY (so the port is bound by *this* process,
  // not by a concurrent instance that won a race for it), and Bolt answers RETURN 1.
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (exitCode !== undefined) {
      throw new LocalNeo4jError(`Neo4j exited during start-up (exit code ${exitCode}). Last lines of ${displayPath(logFile)}:\n${tailFile(logFile)}`);
    }
    if (launcherLoggedReady(logFile, port, pid) && (await boltAnswers(uri, 2000))) break;
    if (Date.now() > deadline) {
      const tail = tailFile(logFile);
      await stop().catch(() => {});
      throw new LocalNeo4jError(
        `Neo4j did not answer on ${uri} within ${Math.round(readyTimeoutMs / 1000)} s; stopped it. Last lines of ${displayPath(logFile)}:\n${tail}`,
      );
    }
    await sleep(500);
  }

  if (opts.detach) {
    // Let this process exit while Neo4j keeps running.
    child.removeAllListeners();
  }
  return { uri, port, pid, dataDir, logFile, pidFile, reused: false, exited, stop };
}
