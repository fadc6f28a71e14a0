/**
 * A pool of worker threads that check files. The main thread reads the files and hands the bytes over
 * without copying. Each worker holds the file it checks and the next one, so that it never waits on the
 * main thread between files (on two cores the main thread is often not running when a worker finishes).
 * Each worker's heap is capped and each file has a time limit: a file that needs more (a check gone
 * super-linear on a hostile input) costs that file a message and its worker is replaced; the files queued
 * behind it go to the new worker; the batch goes on and the process stays within its memory.
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

/** Files a worker holds at once: the one it checks and the next. */
const QUEUE = 2;
/** A file larger than this waits for a free worker instead of queueing behind a busy one: big files in flight cost memory. */
const QUEUED_BYTES = 1024 * 1024;

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

/** A file's bytes, or why they cannot be had. Read when the file is handed to a worker, and read again if that worker is replaced before it starts the file. */
export type ReadFile = () => Uint8Array | Message;

interface Job {
  read: ReadFile;
  /** The bytes once read, while the job waits for a worker. */
  bytes: Uint8Array | null;
  settle: (checked: Checked) => void;
}

interface Slot {
  worker: Worker;
  /** The files handed to the worker, in order: it checks the first. */
  queue: Job[];
  /** Stops the first file when it runs out of time. */
  timer: ReturnType<typeof setTimeout> | null;
}

export class CheckPool {
  private readonly slots = new Set<Slot>();
  private readonly pending: Job[] = [];

  constructor(
    size: number,
    private readonly limits: PoolLimits = DEFAULT_LIMITS,
  ) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  private spawn(): void {
    const slot: Slot = { worker: startWorker(this.limits.heapMb), queue: [], timer: null };
    // A worker already replaced (out of time) may still answer: its answer is no longer awaited.
    slot.worker.on("message", (answer: Checked) => this.slots.has(slot) && this.answered(slot, answer));
    slot.worker.on("error", (e: Error & { code?: string }) => {
      const error = e.code === "ERR_WORKER_OUT_OF_MEMORY" ? outOfMemory(this.limits) : { zh: `检查时出错：${e.message}`, en: `The check failed: ${e.message}` };
      this.replace(slot, { error, tables: [] });
    });
    this.slots.add(slot);
  }

  /** Checks one file in a worker; its bytes are moved to the worker, not copied. */
  check(read: ReadFile): Promise<Checked> {
    return new Promise((settle) => {
      this.pending.push({ read, bytes: null, settle });
      this.dispatch();
    });
  }

  /** Hands the waiting files, in order, to the workers with the fewest files. */
  private dispatch(): void {
    while (this.pending.length > 0) {
      let slot: Slot | null = null;
      for (const s of this.slots) if (s.queue.length < QUEUE && (!slot || s.queue.length < slot.queue.length)) slot = s;
      if (!slot) return;
      const job = this.pending[0];
      const bytes = job.bytes ?? job.read();
      if (!(bytes instanceof Uint8Array)) {
        this.pending.shift();
        job.settle({ error: bytes, tables: [] });
        continue;
      }
      if (slot.queue.length > 0 && bytes.length > QUEUED_BYTES) {
        job.bytes = bytes;
        return;
      }
      this.pending.shift();
      job.bytes = null;
      slot.queue.push(job);
      if (slot.queue.length === 1) this.startTimer(slot);
      const request: CheckRequest = { bytes };
      const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      slot.worker.postMessage(request, whole ? [bytes.buffer as ArrayBuffer] : []);
    }
  }

  private startTimer(slot: Slot): void {
    slot.timer = setTimeout(() => this.replace(slot, { error: timedOut(this.limits), tables: [] }), this.limits.fileSeconds * 1000);
  }

  /** The worker answered its first file and goes on to the next it holds, whose time starts now. */
  private answered(slot: Slot, checked: Checked): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const job = slot.queue.shift();
    if (slot.queue.length > 0) this.startTimer(slot);
    job?.settle(checked);
    this.dispatch();
  }

  /**
   * Ends a worker that failed or ran out of time and answers its file; the files it held but had not
   * started go back to the front of the line (read again: their bytes went with the worker), and a new
   * worker takes its place.
   */
  private replace(slot: Slot, checked: Checked): void {
    if (!this.slots.delete(slot)) return;
    if (slot.timer) clearTimeout(slot.timer);
    void slot.worker.terminate();
    const [job, ...unstarted] = slot.queue;
    this.pending.unshift(...unstarted);
    this.spawn();
    job?.settle(checked);
    this.dispatch();
  }

  async close(): Promise<void> {
    await Promise.all([...this.slots].map((slot) => slot.worker.terminate()));
  }
}
