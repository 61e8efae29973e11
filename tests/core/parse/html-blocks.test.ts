/** Issue 22 items 8 and 9: Readability's pick on saved pages, and the roles of li, pre and figcaption. */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../src/core/parse/parse-article.ts";

const para = (i: number) => `<p>Paragraph ${i} of the story tells how the river rose through the night, how the town's volunteers `
  + "filled sandbags until dawn, and how the mayor, standing on the bridge, said the water had never come so high.</p>";

describe("Readability's pick (regression: charThreshold 100 kept a fragment)", () => {
  it("a short teaser above a story whose wrapper looks unlikely does not stand for the story", () => {
    // the story's wrapper class reads as page furniture ("header"), so Readability's first, strict pass
    // drops it and finds only the teaser (over 100 chars, under 500): the retry it makes below
    // charThreshold finds the story
    const html = `<!DOCTYPE html><html><head><title>Flood</title></head><body>
      <div class="teaser"><p>Subscribers read first: the river rose overnight and the town's volunteers filled sandbags
        until dawn, the mayor said on the bridge.</p></div>
      <div class="entry-header-wrap">${[1, 2, 3, 4, 5, 6].map(para).join("")}</div></body></html>`;
    const a = parseArticle({ id: "h", format: "html", text: html });
    expect(a.paragraphs.filter((p) => p.text.startsWith("Paragraph "))).toHaveLength(6);
  });
});

describe("HTML li, pre and figcaption (regression: heading and boilerplate roles)", () => {
  const html = `<!DOCTYPE html><html><head><title>Flood</title></head><body><article>
    <h1>Flood</h1>
    ${para(1)}
    <p>Key points:</p>
    <ul><li>River Peaks Overnight At Record Height</li><li>Thousands Of Homes Left Without Power</li><li>Army Called In To Help</li></ul>
    ${para(2)}
    <figure><img src="x.jpg"><figcaption>The bridge at dawn</figcaption></figure>
    <pre>level_m  time
6.1      04:00</pre>
    ${para(3)}
    ${para(4)}
    </article></body></html>`;
  const a = parseArticle({ id: "h", format: "html", text: html });
  const role = (start: string) => a.paragraphs.find((p) => p.text.startsWith(start))?.role;

  it("a story's key-point list is story text, as a Markdown list is", () => {
    expect([role("River Peaks"), role("Thousands Of Homes"), role("Army Called")]).toEqual(["body", "body", "body"]);
  });
  it("a pre block is story text (code or a table of figures), a figcaption a caption", () => {
    expect(role("level_m")).toBe("body");
    expect(role("The bridge at dawn")).toBe("caption");
    expect(a.paragraphs.find((p) => p.text.startsWith("The bridge"))!.reason).toBe("figure caption");
  });
  it("a list of links is still judged by the role rules (related headlines)", () => {
    const links = `<!DOCTYPE html><html><head><title>Flood</title></head><body><article>${para(1)}${para(2)}
      <ul><li><a href="/a">Storm Season Starts Early This Year</a></li><li><a href="/b">How To Prepare Your Home For Floods</a></li>
      <li><a href="/c">Insurers Brace For A Costly Winter Ahead</a></li></ul>${para(3)}</article></body></html>`;
    const b = parseArticle({ id: "l", format: "html", text: links });
    const items = b.paragraphs.filter((p) => /Storm Season|How To Prepare|Insurers Brace/.test(p.text));
    for (const p of items) expect(p.role).toBe("boilerplate");
  });
});
