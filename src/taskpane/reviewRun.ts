/**
 * 批量审核 once files are chosen: the worker that reads and checks them, then the two sheets written into
 * the workbook. In the review tab's chunk, loaded when the tab is first opened; the worker's (the reader) is
 * loaded on the first review.
 */
import { JxError, Locale } from "../core/errors";
import { FileReview, reviewWorkbook, ReviewTotals } from "../core/review";
import { runWriteReview, WrittenReview } from "../excel/writeReview";
import type { ChosenFile, ReviewEvent, ReviewJob } from "./review.worker";

export interface ReviewProgress {
  /** The worker starts on the file at `index` (0-based). */
  onReading(index: number, name: string): void;
  /** Every file is reviewed; the sheets are being written. */
  onWriting(): void;
}

/**
 * Reads and checks the files in a worker. Resolves with each file's review in order, or null when
 * cancelled (the worker is stopped at once, mid-file if need be).
 */
function reviewInWorker(files: ChosenFile[], progress: ReviewProgress, cancel: AbortSignal): Promise<FileReview[] | null> {
  if (cancel.aborted) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    // webpack makes the worker and the reader a chunk of their own from this very pattern. import.meta is ES2020,
    // as the web build compiles; the CommonJS type check of `npm run lint` does not know it.
    // @ts-expect-error TS1343
    const worker = new Worker(new URL("./review.worker.ts", import.meta.url));
    const reviews: FileReview[] = [];
    const finish = (result: FileReview[] | null, error?: Error) => {
      cancel.removeEventListener("abort", stop);
      worker.terminate();
      if (error) reject(error);
      else resolve(result);
    };
    const stop = () => finish(null);
    cancel.addEventListener("abort", stop, { once: true });
    worker.onmessage = ({ data }: MessageEvent<ReviewEvent>) => {
      if (data.kind === "reading") progress.onReading(data.index, data.name);
      else if (data.kind === "reviewed") reviews[data.index] = data.review;
      else finish(reviews);
    };
    // The worker's script could not be loaded, or failed outside any one file (each file's failure is its own row).
    worker.onerror = (event) => {
      const detail = event.message || "Worker";
      finish(null, new JxError("value", { zh: `审核无法进行：${detail}`, en: `The review could not run: ${detail}` }));
    };
    worker.postMessage({ files } satisfies ReviewJob);
  });
}

/** Reviews the files and writes 审核汇总 and 审核明细; null when cancelled before anything was written. */
export async function reviewFiles(
  files: ChosenFile[],
  locale: Locale,
  progress: ReviewProgress,
  cancel: AbortSignal,
): Promise<{ totals: ReviewTotals; written: WrittenReview } | null> {
  const reviews = await reviewInWorker(files, progress, cancel);
  if (reviews === null) return null;
  progress.onWriting();
  const book = reviewWorkbook(reviews, locale);
  return { totals: book.totals, written: await runWriteReview(book) };
}
