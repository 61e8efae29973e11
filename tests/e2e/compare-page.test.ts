/** The compare page in Chromium: what a researcher reads there must be right (issue 22: items 1, 3, 5, 6). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import type { ComparisonJson } from "../../src/core/diff/comparison-json.ts";
import { startServer } from "../server/helpers.ts";
import { haveChromium, launch, screenshots } from "./browser.ts";

const S = ["000_7a2837495db10dad", "001_bd0859deabb9f25c", "002_ca62aa66175010a1", "003_2e69bfaaa9c68124"] as const;
let base: string, stop: (() => void) | undefined, ctx: BrowserContext, page: Page;

const norm = (s: string) => s.replace(/¶/g, " ").replace(/\s+/g, " ").trim();
const post = async (body: object) => ((await (await fetch(`${base}/api/articles`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })).json()) as { id: string }).id;
const api = async (a: string, b: string) => (await (await fetch(`${base}/api/compare?a=${a}&b=${b}`)).json()) as ComparisonJson;
const sides = (j: ComparisonJson, l: { a: number[]; b: number[] }) => [norm(l.a.map((i) => j.a.paragraphs[i]!.text).join(" ")), norm(l.b.map((i) => j.b.paragraphs[i]!.text).join(" "))];
const changed = (l: { edits: ComparisonJson["links"][number]["edits"] }, style: boolean) => l.edits.some((e) => e.op !== "equal" && (style || e.class === "substance"));

/** Links and unlinked paragraphs not shown on their own row: those showing only the headlines. */
const ownRow = (j: ComparisonJson, a: number[], b: number[]) => !j.title || !(a.every((i) => i === j.title!.aParagraph) && b.every((i) => i === j.title!.bParagraph));
/** The rows j/k must stop on, in page order: the headlines and links with a change shown, and every cut or added body paragraph. */
async function expectedStops(j: ComparisonJson, style: boolean): Promise<string[]> {
  const want = new Set<string>();
  if (j.title && changed(j.title, style)) want.add("title");
  j.links.forEach((l, n) => { if (changed(l, style) && ownRow(j, l.a, l.b)) want.add(`l${n}`); });
  for (const i of j.onlyA) if (j.a.paragraphs[i]!.role === "body") want.add(`a${i}`);
  for (const i of j.onlyB) if (j.b.paragraphs[i]!.role === "body") want.add(`b${i}`);
  const order = await page.locator(".wd-rows .wd-row").evaluateAll((rs) => rs.map((r) => r.id));
  return order.filter((id) => want.has(id));
}
/** The number of changes the header should show: edits shown (headlines included), plus cut and added body paragraphs. */
function expectedCount(j: ComparisonJson, style: boolean): number {
  const edits = [...(j.title?.edits ?? []), ...j.links.filter((l) => ownRow(j, l.a, l.b)).flatMap((l) => l.edits)]
    .filter((e) => e.op !== "equal" && (style || e.class === "substance")).length;
  return edits + j.onlyA.filter((i) => j.a.paragraphs[i]!.role === "body").length + j.onlyB.filter((i) => j.b.paragraphs[i]!.role === "body").length;
}
/** Press j from the top until the current row stops moving, then k back to the top; the rows visited. */
async function walk(): Promise<{ down: string[]; up: string[] }> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const current = () => page.locator(".wd-row.wd-current").evaluateAll((rs) => rs.map((r) => r.id)[0] ?? null);
  const press = async (key: string, into: string[]) => {
    for (let n = 0; n < 300; n++) {
      await page.keyboard.press(key);
      const id = await current();
      if (id === null || id === into.at(-1)) return;
      into.push(id);
    }
  };
  const down: string[] = [], up: string[] = [];
  await press("j", down);
  up.push(down.at(-1)!);
  await press("k", up);
  return { down, up: up.slice(1) };
}

describe.skipIf(!haveChromium)("browser: the compare page", () => {
  beforeAll(async () => {
    ({ base, stop } = await startServer());
    ctx = await launch();
    page = await ctx.newPage();
  });
  afterAll(async () => { await ctx?.close(); stop?.(); });

  // issue 22 item 1: the rule that hid style <del> hid A's own words in column A
  it("hiding style edits keeps A's and B's own words, unmarking only the style edits (regression: A's words deleted)", async () => {
    const j = await api(S[0], S[1]);
    for (const how of ["from the URL", "by the switch"]) {
      if (how === "from the URL") await page.goto(`${base}/compare?a=${S[0]}&b=${S[1]}&style=hide`);
      else { await page.goto(`${base}/compare?a=${S[0]}&b=${S[1]}`); await page.click("#wd-style-toggle"); }
      for (const [n, l] of j.links.entries()) {
        const [a, b] = sides(j, l);
        expect([how, n, norm(await page.locator(`#l${n} .wd-a`).innerText())]).toEqual([how, n, a]);
        expect([how, n, norm(await page.locator(`#l${n} .wd-b`).innerText())]).toEqual([how, n, b]);
      }
      const marks = await page.locator(".wd-rows del.wd-style, .wd-rows ins.wd-style").evaluateAll((es) => es.map((e) => getComputedStyle(e).textDecorationLine));
      expect(marks.length).toBeGreaterThan(10);
      expect(new Set(marks)).toEqual(new Set(["none"]));
    }
    await screenshots(page, "compare-style-hidden");
  });

  it("the change strip greys out style-only rows when style edits are hidden (regression: stayed yellow)", async () => {
    await page.goto(`${base}/compare?a=${S[0]}&b=${S[1]}`);
    const colour = () => page.locator(".wd-ov-style").first().evaluate((e) => getComputedStyle(e).backgroundColor);
    const shown = await colour();
    await page.click("#wd-style-toggle");
    const hidden = await colour();
    expect(hidden).not.toBe(shown);
    await page.goto(`${base}/compare?a=${S[0]}&b=${S[1]}&style=hide`);
    expect(await colour()).toBe(hidden);
  });

  // issue 22 item 3: j/k skipped cut and added paragraphs, and stopped on style-only rows with style hidden
  it("j/k and Prev/Next reach every change the header counts (regression: cut and added paragraphs skipped)", async () => {
    for (const [a, b, style] of [[S[2], S[3], true], [S[0], S[1], true], [S[0], S[1], false], [S[2], S[3], false]] as const) {
      const j = await api(a, b);
      await page.goto(`${base}/compare?a=${a}&b=${b}&style=${style ? "show" : "hide"}`);
      const want = await expectedStops(j, style);
      expect(Number(await page.textContent("#wd-change-count"))).toBe(expectedCount(j, style));
      const { down, up } = await walk();
      expect([a, b, style, down]).toEqual([a, b, style, want]);
      expect(up).toEqual(want.slice(0, -1).reverse());
    }
    // the buttons walk the same rows
    const j = await api(S[2], S[3]);
    await page.goto(`${base}/compare?a=${S[2]}&b=${S[3]}`);
    const want = await expectedStops(j, true);
    for (const id of want.slice(0, 4)) {
      await page.click("#wd-next");
      expect(await page.locator(".wd-row.wd-current").getAttribute("id")).toBe(id);
    }
    await page.click("#wd-prev");
    expect(await page.locator(".wd-row.wd-current").getAttribute("id")).toBe(want[2]);
    // switching style off and on keeps the count in step with the rows
    await page.goto(`${base}/compare?a=${S[0]}&b=${S[1]}`);
    await page.click("#wd-style-toggle");
    expect(Number(await page.textContent("#wd-change-count"))).toBe(expectedCount(await api(S[0], S[1]), false));
    await page.click("#wd-style-toggle");
    expect(Number(await page.textContent("#wd-change-count"))).toBe(expectedCount(await api(S[0], S[1]), true));
  });

  // issue 22 item 5: rows with only style edits said "reworded" while the summary said reworded 0.0%
  it("labels rows with only style edits 'style only', so labels and summary agree (regression: 'reworded')", async () => {
    const j = await api(S[0], S[1]);
    await page.goto(`${base}/compare?a=${S[0]}&b=${S[1]}`);
    expect(j.stats.reworded).toBe(0);
    for (const [n, l] of j.links.entries()) {
      const kind = (await page.locator(`#l${n} .wd-kind`).innerText()).trim();
      if (l.kind === "reworded") expect([n, kind]).toEqual([n, changed(l, false) ? "reworded" : "style only"]);
    }
    expect(await page.locator(".wd-rows .wd-kind", { hasText: /^reworded$/ }).count()).toBe(0);
    expect(await page.locator(".wd-rows .wd-kind", { hasText: "style only" }).count()).toBeGreaterThan(0);
    await screenshots(page, "compare");
  });

  // issue 22 item 6: headlines from front matter were never diffed; A's showed as cut furniture
  it("shows both headlines diffed as the first row (regression: A's headline cut furniture, B's only in the header)", async () => {
    const body = "Rivers rose across the north on Sunday after three days of rain, officials said.\n\nThe army was called in to help.";
    const a = await post({ format: "md", text: `---\ntitle: Floods kill 12 in the north\n---\n\n# Floods kill 12 in the north\n\n${body}` });
    const b = await post({ format: "md", text: `---\ntitle: Floods kill 14 in the North\n---\n\n${body}` });
    await page.goto(`${base}/compare?a=${a}&b=${b}`);
    const first = page.locator(".wd-rows .wd-row").first();
    expect(await first.getAttribute("id")).toBe("title");
    // the column's own words, without the tag labels beside its edits (a label: "number")
    const words = (side: string) => first.locator(side).evaluate((el) => {
      const c = el.cloneNode(true) as HTMLElement;
      c.querySelectorAll(".wd-tags").forEach((t) => t.remove());
      return c.textContent ?? "";
    });
    expect(norm(await words(".wd-a"))).toBe("Floods kill 12 in the north");
    expect(norm(await words(".wd-b"))).toBe("Floods kill 14 in the North");
    expect(await first.locator(".wd-b .wd-tag").allInnerTexts()).toEqual(["NUMBER"]);
    expect(await first.locator("del.wd-subst").innerText()).toBe("12");
    expect(await first.locator("ins.wd-subst").innerText()).toBe("14");
    expect(await first.locator("ins.wd-style").innerText()).toBe("North");
    // A's headline paragraph is the headline row's, not a cut row of its own
    expect(await page.locator("#a0").count()).toBe(0);
    expect(await page.locator(".wd-rows").innerText()).not.toMatch(/Cut ¶0/);
    await screenshots(page, "compare-headlines");
    // two .txt headlines that are paragraphs: shown once, in the headline row
    await page.goto(`${base}/compare?a=${S[2]}&b=${S[3]}`);
    expect(await page.locator(".wd-rows .wd-row").first().getAttribute("id")).toBe("title");
    expect(await page.locator("#a0, #b0").count()).toBe(0);
  });

  // issue 22 item 19: a page rendered every row of a 200,000-paragraph article (minutes, 140 MB)
  it("folds a long run of added paragraphs, whose link and j/k still reach them (regression: unbounded page)", async () => {
    const filler = Array.from({ length: 3000 }, (_, i) => `Filler paragraph number ${i} about the weather in region ${i % 17}, unrelated to the story.`);
    const seed = (await (await fetch(`${base}/api/articles/${S[1]}`)).json()) as { paragraphs: { text: string }[] };
    const text = [...filler.slice(0, 1500), ...seed.paragraphs.map((p) => p.text), ...filler.slice(1500)].join("\n\n");
    const big = await post({ text, outlet: "Everything Daily" });
    const j = await api(S[0], big);
    await page.goto(`${base}/compare?a=${S[0]}&b=${big}`);
    expect(await page.locator(".wd-rows .wd-row").count()).toBeLessThan(60);
    const gaps = page.locator(".wd-gap");
    expect(await gaps.count()).toBe(2);
    expect(await gaps.first().innerText()).toMatch(/^⋯ 1,4\d\d more added paragraphs \(B ¶3–¶1,4\d\d\) not shown here/);
    // every change is still counted, and j stops on the folded run
    expect(Number(await page.textContent("#wd-change-count"))).toBe(expectedCount(j, true));
    await page.evaluate(() => window.scrollTo(0, 0));
    for (let n = 0; n < 4; n++) await page.keyboard.press("j");
    expect(await page.locator(".wd-row.wd-current").getAttribute("id")).toBe("gap-b3");
    await screenshots(page, "compare-long");
    await gaps.first().getByRole("link", { name: "show them" }).click();
    await page.waitForURL(/from=b3/);
    expect(await page.locator("#b3").count()).toBe(1);
    expect(await page.locator(".wd-rows .wd-row").count()).toBeLessThan(510);
    expect(await page.textContent("#wd-toolbar")).toMatch(/Rows 4–503 of 3,0\d\d/);
    // a link to a folded row (a story matrix cell) opens the page of rows holding it
    await page.goto(`${base}/compare?a=${S[0]}&b=${big}#b2000`);
    await page.waitForURL(/from=b2000/);
    expect(await page.locator("#b2000").count()).toBe(1);
  });
});
