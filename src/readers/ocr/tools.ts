import { execFile } from "node:child_process";

/** The Debian packages that give vanban its OCR: the engine, its Vietnamese model, and poppler's rasteriser. */
export const OCR_PACKAGES = ["tesseract-ocr", "tesseract-ocr-vie", "poppler-utils"] as const;

/** The programs OCR runs, by name on the PATH unless given (VANBAN_TESSERACT / VANBAN_PDFTOPPM override). */
export interface OcrTools {
  tesseract: string;
  pdftoppm: string;
}

export function defaultTools(): OcrTools {
  return { tesseract: process.env.VANBAN_TESSERACT ?? "tesseract", pdftoppm: process.env.VANBAN_PDFTOPPM ?? "pdftoppm" };
}

export interface RunResult {
  stdout: Buffer;
  stderr: string;
}

export class ToolError extends Error {
  constructor(
    message: string,
    readonly timedOut: boolean,
  ) {
    super(message);
    this.name = "ToolError";
  }
}

/**
 * Runs a program with a time limit and a bound on what it may print; never through a shell.
 * Tesseract is held to one thread (OMP_THREAD_LIMIT): the batch already runs one file per core.
 */
export function run(program: string, args: readonly string[], timeoutMs: number, maxBytes = 256 * 1024 * 1024): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(
      program,
      args,
      { encoding: "buffer", timeout: timeoutMs, killSignal: "SIGKILL", maxBuffer: maxBytes, env: { ...process.env, OMP_THREAD_LIMIT: "1" } },
      (error, stdout, stderr) => {
        if (error) {
          const timedOut = (error as { killed?: boolean }).killed === true;
          reject(new ToolError(`${program}: ${timedOut ? `no answer within ${timeoutMs} ms` : error.message}`, timedOut));
        } else resolve({ stdout, stderr: stderr.toString("utf8") });
      },
    );
  });
}

/** What is missing for OCR, or undefined when tesseract with its Vietnamese model and pdftoppm all answer. */
export type Missing = { vi: string; en: string };

const cache = new Map<string, Promise<Missing | undefined>>();

const installHint = `apt-get install ${OCR_PACKAGES.join(" ")}`;

async function probe(tools: OcrTools): Promise<Missing | undefined> {
  try {
    await run(tools.pdftoppm, ["-v"], 10_000);
  } catch {
    return { vi: `không có pdftoppm để tạo ảnh trang; hãy cài: ${installHint}`, en: `pdftoppm is missing to render pages; install: ${installHint}` };
  }
  let langs: string;
  try {
    langs = (await run(tools.tesseract, ["--list-langs"], 10_000)).stdout.toString("utf8");
  } catch {
    return { vi: `không có tesseract để OCR; hãy cài: ${installHint}`, en: `tesseract is missing for OCR; install: ${installHint}` };
  }
  if (!/^vie$/mu.test(langs)) {
    return { vi: `tesseract thiếu dữ liệu tiếng Việt; hãy cài: apt-get install tesseract-ocr-vie`, en: `tesseract lacks its Vietnamese data; install: apt-get install tesseract-ocr-vie` };
  }
  return undefined;
}

/** Whether OCR can run with these tools, asked once per process and set of tools. */
export function ocrMissing(tools: OcrTools = defaultTools()): Promise<Missing | undefined> {
  const key = `${tools.tesseract}\0${tools.pdftoppm}`;
  let answer = cache.get(key);
  if (!answer) {
    answer = probe(tools);
    cache.set(key, answer);
  }
  return answer;
}
