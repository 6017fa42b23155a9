import type { Document } from "../model/document.js";
import { bundledFonts } from "../fonts/fonts.js";
import { loadProfile } from "./load.js";
import { withPreset } from "./profile-data.js";
import type { Profile } from "./schema.js";
import type { Pages } from "./pages.js";
import { layoutWith, type LayoutOptions } from "./layout-core.js";

// The layout with vanban's own profiles (layouts/) and fonts (fonts/), read from disk; the layout
// itself is in layout-core.ts.
export { layoutPrinted, DEFAULT_MAX_PAGES, type LayoutOptions, type IssuanceLayout } from "./layout-core.js";

/** The resolved profile for a document and options (the bundled one for its id, a preset applied). */
export function profileFor(doc: Document, options: Pick<LayoutOptions, "profile" | "preset">): Profile {
  return withPreset(options.profile ?? loadProfile(doc.profile), options.preset);
}

/**
 * Validates a document and lays it out: the page model, where every line, rule and named region
 * is (signature block, seal area…). `renderPdf` draws exactly this.
 */
export function layoutDocument(input: Document, options: LayoutOptions = {}): Pages {
  return layoutWith(input, (doc) => options.profile ?? loadProfile(doc.profile), options.fonts ?? bundledFonts(), options);
}
