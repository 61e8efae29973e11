/**
 * Issue 23, furniture on real pages: copyright lines, syndication notes, photo credits "(Photo by
 * ...)", position markers "(from left)", "In this image ..." captions, a caption printed twice
 * around its credit, an embedded post and its attribution, and short quoted subheadings were left
 * as story text. (Texts written for the test.)
 */
import { describe, expect, it } from "vitest";
import { assignRoles } from "../../../src/core/parse/assign-roles.ts";

const STORY = [
  "Storm topples trees across the coast",
  "A powerful storm tore through the coastal town of Marlow on Sunday, killing at least 14 people, the regional governor said.",
  "Emergency crews worked through the night to clear fallen trees from the main road into the town.",
];
const rolesOf = (extra: string[], at = 2) => {
  const texts = [...STORY.slice(0, at), ...extra, ...STORY.slice(at)];
  return assignRoles(texts).paragraphs.slice(at, at + extra.length).map((p) => p.role);
};

describe("furniture rules", () => {
  it("a copyright line and a syndication note are boilerplate", () => {
    expect(rolesOf(["© 2026 Example News Agency. All rights reserved."])).toEqual(["boilerplate"]);
    expect(rolesOf(["(This story has not been edited by our staff and is published from a syndicated feed.)"])).toEqual(["boilerplate"]);
  });

  it("photo credits, position markers and 'In this image' captions are captions", () => {
    expect(rolesOf(["The mayor speaks to reporters outside the town hall on Monday. (Photo by Jane Doe/Example Images)"])).toEqual(["caption"]);
    expect(rolesOf(["The governor (left) talks with rescue workers near the harbour wall on Monday morning."])).toEqual(["caption"]);
    expect(rolesOf(["In this image made from video, a man waits on the roof of a flooded house for rescue."])).toEqual(["caption"]);
  });

  it("a block printed twice is a caption, both copies; story text printed once stays body", () => {
    const caption = "Rescue workers carry a woman to safety after the storm hit the coast on Sunday.";
    expect(rolesOf([caption, "Example Images", caption])[0]).toBe("caption");
    expect(rolesOf([caption, "Example Images", caption])[2]).toBe("caption");
    expect(rolesOf(["Rescue workers carry a woman to safety after the storm hit the coast on Sunday."])).toEqual(["body"]);
  });

  it("an embedded post and its attribution line are boilerplate", () => {
    expect(rolesOf(["Our thoughts are with everyone in Marlow tonight. Stay safe and follow official advice.", "— Prime Minister Jo Bloggs (@jobloggs) March 3, 2026"]))
      .toEqual(["boilerplate", "boilerplate"]);
  });

  it("a short quoted line between paragraphs is a subheading; a quotation running on is story text", () => {
    expect(rolesOf(["'Never seen anything like it'"])).toEqual(["heading"]);
    expect(rolesOf(["\"We have never seen winds like this,\" said fisherman Tomas Greer, whose boat was torn from its mooring."])).toEqual(["body"]);
  });
});
