/** A worker thread of `jixiao check`: takes a file's bytes, answers with its checked tables or why it cannot be read. */
import { parentPort } from "worker_threads";
import { checkBytes } from "./checkFile";

export interface CheckRequest {
  id: number;
  bytes: Uint8Array;
}

parentPort?.on("message", ({ id, bytes }: CheckRequest) => parentPort!.postMessage({ id, ...checkBytes(bytes) }));
