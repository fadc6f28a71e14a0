/**
 * A pool of worker threads that check files, one file per worker at a time. The main thread reads the
 * files (each exactly once) and hands the bytes over without copying; a worker that dies (out of memory
 * on a hostile file) costs that file a message and is replaced, the batch goes on.
 */
import { Worker } from "worker_threads";
import { join } from "path";
import { Checked } from "./checkFile";
import { CheckRequest } from "./checkWorker";

/** The heap one worker may use: a file that needs more is refused, not allowed to take the machine's memory. */
const WORKER_HEAP_MB = 192;

const OUT_OF_MEMORY: Checked = {
  error: { zh: "文件过大，检查时内存不足", en: "The file is too large: checking it ran out of memory" },
  tables: [],
};

function startWorker(): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } };
  // From the compiled lib/ the worker is plain JavaScript; from the sources (tests, benchmarks) it is compiled on the fly.
  if (__filename.endsWith(".js")) return new Worker(join(__dirname, "checkWorker.js"), options);
  const entry = JSON.stringify(join(__dirname, "checkWorker.ts"));
  return new Worker(`require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "commonjs" } }); require(${entry});`, { ...options, eval: true });
}

interface Slot {
  worker: Worker;
  pending: ((checked: Checked) => void) | null;
}

export class CheckPool {
  private readonly idle: Slot[] = [];
  private readonly waiting: ((slot: Slot) => void)[] = [];
  private readonly slots = new Set<Slot>();
  private nextId = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: startWorker(), pending: null };
    slot.worker.on("message", (answer: Checked) => this.finish(slot, { error: answer.error, tables: answer.tables }));
    slot.worker.on("error", (e: Error & { code?: string }) => {
      this.slots.delete(slot);
      const replacement = this.spawn();
      const reason: Checked =
        e.code === "ERR_WORKER_OUT_OF_MEMORY" ? OUT_OF_MEMORY : { error: { zh: `检查时出错：${e.message}`, en: `The check failed: ${e.message}` }, tables: [] };
      const resolve = slot.pending;
      slot.pending = null;
      this.release(replacement);
      resolve?.(reason);
    });
    this.slots.add(slot);
    return slot;
  }

  private finish(slot: Slot, checked: Checked): void {
    const resolve = slot.pending;
    slot.pending = null;
    this.release(slot);
    resolve?.(checked);
  }

  private release(slot: Slot): void {
    const next = this.waiting.shift();
    if (next) next(slot);
    else this.idle.push(slot);
  }

  /** Checks one file's bytes in a free worker; the bytes are moved to it, not copied. */
  async check(bytes: Uint8Array): Promise<Checked> {
    const slot = this.idle.pop() ?? (await new Promise<Slot>((resolve) => this.waiting.push(resolve)));
    return new Promise((resolve) => {
      slot.pending = resolve;
      const request: CheckRequest = { id: this.nextId++, bytes };
      const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      slot.worker.postMessage(request, whole ? [bytes.buffer as ArrayBuffer] : []);
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.slots].map((slot) => slot.worker.terminate()));
  }
}
