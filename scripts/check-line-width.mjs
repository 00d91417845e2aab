// Prettier wraps code to its printWidth but leaves long strings and comments alone: this check
// finds those, so no source line is wider than the formatter's width (issue 12, item 5).
import { execFileSync } from "node:child_process";
import fs from "node:fs";

const width = JSON.parse(fs.readFileSync(new URL("../.prettierrc.json", import.meta.url), "utf8")).printWidth;
const tracked = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], { encoding: "utf8" }).split("\n");
const source = tracked.filter((file) => /\.(ts|tsx|mts|mjs|js|css)$/.test(file) && fs.existsSync(file));

const wide = [];
for (const file of source) {
  fs.readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, index) => {
      if ([...line].length > width) wide.push(`${file}:${index + 1} (${[...line].length} characters)`);
    });
}
if (wide.length > 0) {
  console.error(`${wide.length} source line(s) wider than Prettier's printWidth ${width}:\n  ${wide.join("\n  ")}`);
  process.exit(1);
}
console.log(`${source.length} source files, no line wider than ${width} characters`);
