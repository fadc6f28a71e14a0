/** A worker thread of `jixiao check`: takes a file's bytes, answers with its checked tables or why it cannot be read. */
import { parentPort } from "worker_threads";
import { checkBytes } from "./checkFile";

export interface CheckRequest {
  bytes: Uint8Array;
}

parentPort?.on("message", ({ bytes }: CheckRequest) => parentPort!.postMessage(checkBytes(bytes)));
