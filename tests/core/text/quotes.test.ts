import { describe, expect, it } from "vitest";
import { findQuotations } from "../../../src/core/text/quotes.ts";

const q = (s: string) => findQuotations(s).map((x) => x.text);

describe("findQuotations", () => {
  it("finds straight and curly double quotes", () => {
    expect(q('He would retaliate "as necessary" and \u201cmust defend\u201d them.')).toEqual(["as necessary", "must defend"]);
  });
  it("finds guillemets and low-high quotes", () => {
    expect(q("Il a dit \u00abnon merci\u00bb et \u201ejawohl\u201c")).toEqual(["non merci", "jawohl"]);
  });
  it("tells single quotes from apostrophes", () => {
    expect(q("Iraq's leader said it \u2018will not tolerate\u2019 the boys\u2019 attacks in the \u201990s")).toEqual(["will not tolerate"]);
    expect(q("Iran's 'decisive' action and rock 'n' roll")).toEqual(["decisive"]);
  });
  it("does not cross a paragraph break; an open quote runs to the paragraph end", () => {
    expect(q('"We will stay\n\nand fight," he said')).toEqual(["We will stay"]);
  });
  it("gives offsets of the inner text", () => {
    const s = 'x "ab" y';
    const [span] = findQuotations(s);
    expect(s.slice(span!.start, span!.end)).toBe("ab");
  });
});
