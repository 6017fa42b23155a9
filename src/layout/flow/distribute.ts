import type { PageBox } from "../geometry.js";
import { layoutError } from "../errors.js";
import type { Slice } from "./slice.js";

/** A slice placed on a page at `y` (the slice's top). */
export interface Placed {
  slice: Slice;
  y: number;
}

export interface FilledPage {
  placed: Placed[];
}

export interface DistributeOptions {
  box: PageBox;
  /** The bottom of the first page's text block, when something (the contact footer) takes room there. */
  firstBottom?: number;
  maxPages: number;
  /** Pages already made in the document, for the page limit. */
  pagesBefore: number;
}

/**
 * Fills pages with slices, first fit (flow/distribute): each slice goes on the current page if
 * it fits; when one does not, the page ends before the nearest earlier slice that allows a break
 * (so the keep rules hold) and what follows it moves on. Where no break is allowed on the whole
 * page (a chain of kept slices taller than a page), the weakest keep on the page gives way (its
 * nearest place): a keep rule gives way, content never does. Each slice is placed at most twice.
 */
export function distribute(slices: Slice[], options: DistributeOptions): FilledPage[] {
  const { box } = options;
  const pages: FilledPage[] = [];
  let page: FilledPage = { placed: [] };
  let bottom = options.firstBottom ?? box.bottom;
  let y = box.top;
  let pageStart = 0;
  let lastSpaceAfter = 0;

  const newPage = () => {
    pages.push(page);
    if (options.pagesBefore + pages.length >= options.maxPages) {
      throw layoutError("", `văn bản vượt quá ${options.maxPages} trang`, `the document exceeds ${options.maxPages} pages (limit maxPages)`);
    }
    page = { placed: [] };
    bottom = box.bottom;
    y = box.top;
    lastSpaceAfter = 0;
  };

  const place = (slice: Slice) => {
    const top = page.placed.length ? y + lastSpaceAfter + slice.spaceBefore : y;
    page.placed.push({ slice, y: top });
    y = top + slice.height;
    lastSpaceAfter = slice.spaceAfter;
  };

  for (let i = 0; i < slices.length; ) {
    const slice = slices[i]!;
    const atTop = page.placed.length === 0;
    const top = atTop ? y : y + lastSpaceAfter + slice.spaceBefore;
    if (top + slice.height <= bottom + 1e-6) {
      place(slice);
      i++;
      continue;
    }
    if (atTop) {
      throw layoutError(
        slice.block,
        `phần này cao hơn một trang (${slice.height.toFixed(0)} pt > ${(bottom - y).toFixed(0)} pt) nên không thể đặt trọn`,
        `this part is taller than a page (${slice.height.toFixed(0)} pt > ${(bottom - y).toFixed(0)} pt) and cannot be placed whole`,
      );
    }
    // The nearest break at or before i that leaves something on this page.
    let j = i;
    while (j > pageStart && slices[j]!.keep !== 0) j--;
    if (j === pageStart) {
      let weakest = Infinity;
      for (let k = i; k > pageStart; k--) {
        if (slices[k]!.keep < weakest) [weakest, j] = [slices[k]!.keep, k];
      }
      if (j === pageStart) j = i;
    }
    page.placed.length -= i - j;
    newPage();
    pageStart = j;
    i = j;
    const first = slices[j]!;
    if (first.repeat) for (const header of first.repeat) place(header);
  }
  pages.push(page);
  return pages;
}
