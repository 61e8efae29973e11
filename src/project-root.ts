/**
 * @module The project's folder, for the files the code reads beside it (public/, corpus/). Found
 * from this module's place one level below it, which holds both when the sources run (src/) and in
 * the bundles that scripts/bundle.mjs writes (dist/), so it must stay one level down.
 */
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = fileURLToPath(new URL("../", import.meta.url));
