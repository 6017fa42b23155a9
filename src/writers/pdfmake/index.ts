// Pages → a pdfmake document definition with the same positions (for callers who compose with
// pdfmake or render in a browser), and a helper that renders it through pdfmake in Node.
export { pdfmakeDefinition, pdfmakeFontContainer } from "./definition.js";
export { pdfmakeFontFiles, renderWithPdfmake } from "./render.js";
