import { mkdir, open, rename, rm, writeFile, type FileHandle } from "node:fs/promises";
import { dirname, join, basename } from "node:path";

/** Beside the file, so that the rename stays on one file system. */
const temporaryPath = (path: string) => join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);

/**
 * Writes through a temporary file in the same directory and renames it into
 * place: a reader, or a build interrupted half-way, never sees a partial file.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<number> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = temporaryPath(path);
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return typeof data === "string" ? Buffer.byteLength(data) : data.byteLength;
}

/**
 * writeFileAtomic for content made piece by piece: files too large to be one string (graph.json
 * and graph.gexf of a 100k-paper corpus) are written as they are made, and renamed into place
 * by `commit`.
 */
export class AtomicFile {
  bytes = 0;

  private constructor(
    private readonly path: string,
    private readonly temporary: string,
    private readonly handle: FileHandle,
  ) {}

  static async open(path: string): Promise<AtomicFile> {
    await mkdir(dirname(path), { recursive: true });
    const temporary = temporaryPath(path);
    return new AtomicFile(path, temporary, await open(temporary, "w"));
  }

  async write(text: string): Promise<void> {
    const encoded = Buffer.from(text);
    this.bytes += encoded.length;
    // A write may take less than asked of it.
    for (let at = 0; at < encoded.length; ) at += (await this.handle.write(encoded, at)).bytesWritten;
  }

  async commit(): Promise<number> {
    await this.handle.close();
    await rename(this.temporary, this.path);
    return this.bytes;
  }

  async abort(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await rm(this.temporary, { force: true });
  }
}

/**
 * Replaces a directory of generated files as a whole, so no stale file of a
 * previous, larger build survives next to the new ones. Files are taken one at
 * a time, so a generator keeps only one in memory.
 */
export async function writeDirectoryAtomic(dir: string, files: Iterable<[name: string, content: string]>): Promise<number> {
  const fresh = `${dir}.${process.pid}.tmp`;
  const stale = `${dir}.${process.pid}.old`;
  await rm(fresh, { recursive: true, force: true });
  await mkdir(fresh, { recursive: true });
  let bytes = 0;
  for (const [name, content] of files) {
    await writeFile(join(fresh, name), content);
    bytes += Buffer.byteLength(content);
  }
  await rename(dir, stale).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
  await rename(fresh, dir);
  await rm(stale, { recursive: true, force: true });
  return bytes;
}
