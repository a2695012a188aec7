import fs from 'node:fs';
import path from 'node:path';

/**
 * An exclusive lock on DATA_DIR. PGlite neither locks its folder nor survives two writers: a second process
 * opening the same folder loses its commits silently. So exactly one zhifa process may own a DATA_DIR.
 * The lock file holds the owner's pid; a lock left by a dead process is taken over.
 */
export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `数据目录 ${dir} 已被另一个 zhifa 进程（pid ${pid}）占用；内嵌数据库只允许一个进程使用。多实例部署请使用 PostgreSQL（DATABASE_URL）。\n` +
        `DATA_DIR ${dir} is locked by another zhifa process (pid ${pid}); the embedded database allows one process only. Use PostgreSQL (DATABASE_URL) for several instances.`,
    );
    this.name = 'DataDirLockedError';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface DataDirLock {
  release(): void;
}

export function lockDataDir(dir: string): DataDirLock {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'zhifa.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(file, 'utf8') === String(process.pid)) fs.unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return { release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(fs.readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid))
        throw new DataDirLockedError(dir, pid);
      // Stale lock of a dead process (for example after SIGKILL): take it over.
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`无法锁定数据目录 ${dir} / cannot lock DATA_DIR ${dir}`);
}
