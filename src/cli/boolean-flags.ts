/**
 * @module Works around cac 7 telling its parser (mri) only the camelCase names of boolean flags:
 * `--substance-only A B` made "A" the flag's value and left one file argument (cacjs/cac#169).
 */
import type { CAC } from "cac";

const camel = (s: string) => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** Kebab-case names of the flags that are boolean in every command declaring them ("substance-only"). */
function kebabBooleans(cli: CAC): Set<string> {
  const boolean = new Set<string>(), valued = new Set<string>();
  for (const command of [cli.globalCommand, ...cli.commands]) {
    for (const option of command.options) {
      for (const raw of option.rawName.split(",")) {
        const name = raw.trim().replace(/^-+/, "").replace(/\s*[<[].*$/, "");
        if (!name.includes("-") || name.startsWith("no-")) continue; // mri reads --no-x as x = false
        (option.isBoolean ? boolean : valued).add(name);
      }
    }
  }
  for (const name of valued) boolean.delete(name);
  return boolean;
}

/** argv with each kebab-case boolean flag written in the camelCase form the parser knows as boolean. */
export function spellBooleanFlags(cli: CAC, argv: readonly string[]): string[] {
  const names = kebabBooleans(cli);
  const end = argv.indexOf("--");
  return argv.map((arg, i) => {
    if ((end >= 0 && i > end) || !arg.startsWith("--")) return arg;
    const name = arg.slice(2);
    return names.has(name) ? `--${camel(name)}` : arg;
  });
}
