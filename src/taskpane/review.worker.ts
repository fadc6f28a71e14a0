/// <reference lib="webworker" />
/**
 * 批量审核 off the pane's thread: reads each chosen .xlsx with the streaming reader and checks it with the
 * core, telling the pane which file it is on and what each gave. Its own chunk (with the reader), loaded
 * only when a review starts. Files are read from the user's disk in this page: nothing leaves the machine.
 */
import { FileReview, reviewGrids, unreadableFile } from "../core/review";
import { checkFileSize, DEFAULT_XLSX_LIMITS, readXlsx } from "../xlsx";

/** A file to review, named by its path inside a chosen or dropped folder. */
export interface ChosenFile {
  name: string;
  file: File;
}

/** What the pane sends: the files in the order to review them. */
export interface ReviewJob {
  files: ChosenFile[];
}

export type ReviewEvent = { kind: "reading"; index: number; name: string } | { kind: "reviewed"; index: number; review: FileReview } | { kind: "done" };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (event: ReviewEvent) => scope.postMessage(event);

async function reviewFile(name: string, file: Blob): Promise<FileReview> {
  try {
    // A file over the limit is refused before it is loaded into memory.
    checkFileSize(file.size, DEFAULT_XLSX_LIMITS.fileBytes);
    return reviewGrids(name, readXlsx(new Uint8Array(await file.arrayBuffer())));
  } catch (e) {
    // One bad file never stops the review: it becomes a row saying why.
    return unreadableFile(name, e);
  }
}

scope.onmessage = async (message: MessageEvent<ReviewJob>) => {
  for (const [index, { name, file }] of message.data.files.entries()) {
    post({ kind: "reading", index, name });
    post({ kind: "reviewed", index, review: await reviewFile(name, file) });
  }
  post({ kind: "done" });
};
