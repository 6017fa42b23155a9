import type { Finding } from "../finding.js";
import type { ModelContext } from "../context.js";
import {
  academicTitles,
  authorityPrefixes,
  deputyUnderCollective,
  partyCommitteeNoDeputy,
  partyTitleBare,
  type SignatureShape,
} from "../signature.js";

function shapeOf(ctx: ModelContext): SignatureShape {
  const sig = ctx.doc.signature;
  const authority = (sig.authority ?? []).map((text, i) => ({ text, path: `signature.authority[${i}]` }));
  if (sig.delegation) authority.push({ text: sig.delegation, path: "signature.delegation" });
  return {
    authority,
    title: { text: sig.title, path: "signature.title" },
    name: { text: sig.name, path: "signature.name" },
  };
}

/** R-SIG-1: authority prefixes exactly as the profile spells them, then caps text; caps title. */
export function signaturePrefixes(ctx: ModelContext): Finding[] {
  return authorityPrefixes(ctx, shapeOf(ctx), "R-SIG-1", true);
}

/** R-SIG-2: no academic title with the signer's name. */
export function signerWithoutTitles(ctx: ModelContext): Finding[] {
  return academicTitles(ctx, shapeOf(ctx));
}

/** R-SIG-3 (nd30): a deputy under "TM." signs through "KT. <HEAD>". */
export function deputySignsThroughKT(ctx: ModelContext): Finding[] {
  return deputyUnderCollective(ctx, shapeOf(ctx));
}

/** P-SIG-1: Party prefixes with slashes, and a title line without the committee's name. */
export function partySignaturePrefixes(ctx: ModelContext): Finding[] {
  const shape = shapeOf(ctx);
  return [...authorityPrefixes(ctx, shape, "P-SIG-1", false), ...partyTitleBare(ctx, shape, ctx.doc.issuer.body)];
}

/** P-SIG-2: a Party committee never signs "K/T". */
export function partyCommitteeSignature(ctx: ModelContext): Finding[] {
  return partyCommitteeNoDeputy(ctx, shapeOf(ctx), ctx.doc.issuer.body);
}
