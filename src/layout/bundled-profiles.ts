// The bundled profiles (layouts/*.json) as data imported with the code: no file system, so the
// model, check and layout stages run in a browser bundle too. layouts/ stays the editable copy.
import nd30 from "../../layouts/nd30.json" with { type: "json" };
import party from "../../layouts/party.json" with { type: "json" };
import union from "../../layouts/union.json" with { type: "json" };
import type { ProfileId } from "../model/document.js";

export const BUNDLED_PROFILES: Readonly<Record<ProfileId, unknown>> = { nd30, union, party };
