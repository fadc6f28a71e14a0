/**
 * A pool of worker threads that check files, one file per worker at a time. The main thread reads the
 * files (each exactly once) and hands the bytes over without copying. Each worker's heap is capped and each
 * file has a time limit: a file that needs more (a check gone super-linear on a hostile input) costs that
 * file a message and its worker is replaced; the batch goes on and the process stays within its memory.
 */
import { Worker } from "worker_threads";
import { join } from "path";
import { Message } from "../core/errors";
import { Checked } from "./checkFile";
import { CheckRequest } from "./checkWorker";

export interface PoolLimits {
  /** The heap one worker may use: by default far above what a real workbook needs (about 20 MB), far below the machine's. */
  heapMb: number;
  /** The time one file may take: real workbooks take milliseconds. */
  fileSeconds: number;
}

const DEFAULT_LIMITS: PoolLimits = { heapMb: 96, fileSeconds: 30 };

const outOfMemory = ({ heapMb }: PoolLimits): Message => ({
  zh: `检查该文件所需的内存超过上限（${heapMb} MB）：可能含有过长的文字或过多的单元格`,
  en: `Checking the file needed more than the ${heapMb} MB allowed: overlong text or too many cells?`,
});
const timedOut = ({ fileSeconds }: PoolLimits): Message => ({
  zh: `检查该文件超过 ${fileSeconds} 秒，已停止：可能含有过长的文字或过多的单元格`,
  en: `Checking the file took over ${fileSeconds} seconds and was stopped: overlong text or too many cells?`,
});

function startWorker(heapMb: number): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: heapMb } };
  // From the compiled lib/ the worker is plain JavaScript; from the sources (tests, benchmarks) it is compiled on the fly.
  if (__filename.endsWith(".js")) return new Worker(join(__dirname, "checkWorker.js"), options);
  const entry = JSON.stringify(join(__dirname, "checkWorker.ts"));
  return new Worker(`require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "commonjs" } }); require(${entry});`, {
    ...options,
    eval: true,
  });
}

interface Slot {
  worker: Worker;
  /** Settles the file being checked, or null when the worker is free. */
  settle: ((checked: Checked) => void) | null;
  timer: ReturnType<typeof setTimeout> | null;
}

export class CheckPool {
  private readonly idle: Slot[] = [];
  private readonly waiting: ((slot: Slot) => void)[] = [];
  private readonly slots = new Set<Slot>();

  constructor(
    size: number,
    private readonly limits: PoolLimits = DEFAULT_LIMITS,
  ) {
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: startWorker(this.limits.heapMb), settle: null, timer: null };
    // A worker already replaced (out of time) may still answer: its answer is no longer awaited.
    slot.worker.on("message", (answer: Checked) => this.slots.has(slot) && this.finish(slot, answer));
    slot.worker.on("error", (e: Error & { code?: string }) => {
      const error = e.code === "ERR_WORKER_OUT_OF_MEMORY" ? outOfMemory(this.limits) : { zh: `检查时出错：${e.message}`, en: `The check failed: ${e.message}` };
      this.replace(slot, { error, tables: [] });
    });
    this.slots.add(slot);
    return slot;
  }

  /** Ends a worker that failed or ran out of time, answers its file, and puts a new worker in its place. */
  private replace(slot: Slot, checked: Checked): void {
    if (!this.slots.delete(slot)) return;
    void slot.worker.terminate();
    this.finish(slot, checked, this.spawn());
  }

  private finish(slot: Slot, checked: Checked, next: Slot = slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    const settle = slot.settle;
    slot.settle = slot.timer = null;
    const waiter = this.waiting.shift();
    if (waiter) waiter(next);
    else this.idle.push(next);
    settle?.(checked);
  }

  /** Checks one file's bytes in a free worker; the bytes are moved to it, not copied. */
  async check(bytes: Uint8Array): Promise<Checked> {
    const slot = this.idle.pop() ?? (await new Promise<Slot>((resolve) => this.waiting.push(resolve)));
    return new Promise((resolve) => {
      slot.settle = resolve;
      slot.timer = setTimeout(() => this.replace(slot, { error: timedOut(this.limits), tables: [] }), this.limits.fileSeconds * 1000);
      const request: CheckRequest = { bytes };
      const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      slot.worker.postMessage(request, whole ? [bytes.buffer as ArrayBuffer] : []);
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.slots].map((slot) => slot.worker.terminate()));
  }
}
