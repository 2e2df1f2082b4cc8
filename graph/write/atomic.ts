import { createWriteStream } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, basename } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

/**
 * Writes through a temporary file in the same directory and renames it into
 * place: a reader, or a build interrupted half-way, never sees a partial file.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<number> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
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
 * and graph.gexf of a 100k-paper corpus) stream from a generator to disk.
 */
export async function writeChunksAtomic(path: string, chunks: Iterable<string>): Promise<number> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let bytes = 0;
  // Encoded here once: the stream would encode each string again just to write it.
  const counted = function* () {
    for (const chunk of chunks) {
      const encoded = Buffer.from(chunk);
      bytes += encoded.length;
      yield encoded;
    }
  };
  try {
    await pipeline(Readable.from(counted()), createWriteStream(temporary));
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return bytes;
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
