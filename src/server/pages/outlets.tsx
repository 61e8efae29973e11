/**
 * @module Outlet profiles: /outlets (every outlet at a glance) and /outlet/NAME (one outlet's habits, with links
 * to each case).
 */
import type { CaseLink, LedeFate, OutletProfile } from "../../core/profile/profile-types.ts";
import { ChartDefs, CutBandsChart, SharesBar } from "./outlet-charts.tsx";
import { Layout } from "./layout.tsx";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const of = (n: number, d: number) => (d ? pct(n / d) : "–");
export const outletHref = (name: string) => `/outlet/${encodeURIComponent(name)}`;
const caseHref = (c: CaseLink) =>
  `/compare?a=${encodeURIComponent(c.source)}&b=${encodeURIComponent(c.version)}#${c.anchor}`;
const LEDE: [LedeFate, string][] = [
  ["kept", "kept verbatim"],
  ["style", "style edits only"],
  ["reworded", "reworded"],
  ["replaced", "replaced by the outlet's own opening"],
  ["cut", "cut"],
];
const rewritten = (p: OutletProfile) => p.lede.reworded + p.lede.replaced;

export function OutletsPage({ profiles }: { profiles: OutletProfile[] }) {
  return (
    <Layout title="Outlets" wide>
      <ChartDefs />
      <h1>
        Outlets <span class="wd-where">{profiles.length} outlets, each against the sources of its stories</span>
      </h1>
      <p class="wd-toolbar">
        Download: <a href="/outlets/download?format=csv">CSV</a> · <a href="/outlets/download?format=json">JSON</a>
      </p>
      {profiles.length === 0 ? (
        <p>No story in this corpus has more than one version, so no outlet can be compared with a source.</p>
      ) : (
        <div class="wd-scroll"><table class="wd-table wd-outlets" id="wd-outlets">
          <thead>
            <tr>
              <th>Outlet</th>
              <th>Versions</th>
              <th>Stories</th>
              <th>What became of the source's words</th>
              <th>Kept</th>
              <th>Added</th>
              <th>Lede rewritten</th>
              <th>Altered quotes</th>
              <th>Changed numbers</th>
            </tr>
          </thead>
          <tbody>
            {profiles.map((p) => (
              <tr data-outlet={p.outlet}>
                <td>
                  <a href={outletHref(p.outlet)}>{p.outlet}</a>
                </td>
                <td>{p.pairs}</td>
                <td>{p.stories}</td>
                <td>
                  <SharesBar p={p} />
                </td>
                <td>{pct(p.shares.verbatim + p.shares.styleOnly)}</td>
                <td>{pct(p.shares.added)}</td>
                <td>{of(rewritten(p), p.pairs)}</td>
                <td>
                  {p.quotes.altered + p.quotes.truncated} of {p.quotes.total}
                </td>
                <td>{p.numbers.changed}</td>
              </tr>
            ))}
          </tbody>
        </table></div>
      )}
    </Layout>
  );
}

export function OutletPage({ p }: { p: OutletProfile }) {
  const cp = p.cutProfiles;
  return (
    <Layout title={`Outlet: ${p.outlet}`} wide>
      <ChartDefs />
      <p class="wd-where">
        <a href="/outlets">← All outlets</a>
      </p>
      <h1>
        {p.outlet}{" "}
        <span class="wd-where">
          {p.pairs} versions of {p.stories} stories, against their sources
        </span>
      </h1>
      <section class="wd-outlet-shares">
        <h2>What it does to the source's words</h2>
        <SharesBar p={p} width={480} labels />
        <p class="wd-counts">
          {p.sourceWords} source body words · {p.versionWords} of its own · {p.styleEdits} style edits ·{" "}
          {p.substantiveEdits} substantive edits
        </p>
      </section>
      <section class="wd-outlet-cuts">
        <h2>Where it cuts</h2>
        <CutBandsChart p={p} />
        <p>
          Versions trimmed from the bottom: <b>{cp.bottom}</b> · from the middle: <b>{cp.middle}</b> · both:{" "}
          <b>{cp["bottom and middle"]}</b> · not cut: <b>{cp.none}</b>
        </p>
        <p>
          The source's lede:{" "}
          {LEDE.map(([k, l], i) => (
            <>
              {i ? " · " : ""}
              {l} <b>{p.lede[k]}</b>
            </>
          ))}
        </p>
      </section>
      <section class="wd-outlet-style" id="wd-style">
        <h2>House style</h2>
        {p.style.length === 0 ? (
          <p>No house-style edits.</p>
        ) : (
          <div class="wd-scroll"><table class="wd-table">
            <thead>
              <tr>
                <th>Kind</th>
                <th>Edits</th>
                <th>Forms (count, one example)</th>
              </tr>
            </thead>
            <tbody>
              {p.style.map((h) => (
                <tr data-tag={h.tag}>
                  <td>{h.tag}</td>
                  <td>{h.count}</td>
                  <td>
                    <ul class="wd-forms">
                      {h.forms.map((f) => (
                        <li>
                          <code>{f.form}</code> ×{f.count}{" "}
                          <a href={caseHref(f.example)} class="wd-where">
                            e.g. {f.example.version}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table></div>
        )}
      </section>
      <section class="wd-outlet-quotes" id="wd-quotes">
        <h2>
          Quotations altered: {p.quotes.altered} altered, {p.quotes.truncated} truncated, of {p.quotes.total}
        </h2>
        <ol>
          {p.quotes.cases.map((q) => (
            <li>
              <span class="wd-quote-status">{q.status}</span> <q>{q.text}</q>
              {q.bText != null ? (
                <>
                  {" "}
                  → <q>{q.bText}</q>
                </>
              ) : null}{" "}
              <a href={caseHref(q)}>{q.version}</a>
            </li>
          ))}
        </ol>
        {p.quotes.cases.length < p.quotes.altered + p.quotes.truncated ? (
          <p class="wd-where">The first {p.quotes.cases.length} cases are listed.</p>
        ) : null}
      </section>
      <section class="wd-outlet-numbers" id="wd-numbers">
        <h2>Numbers changed: {p.numbers.changed}</h2>
        <ol>
          {p.numbers.cases.map((n) => (
            <li>
              <del class="wd-subst">{n.a}</del> → <ins class="wd-subst">{n.b}</ins>{" "}
              <a href={caseHref(n)}>{n.version}</a>
            </li>
          ))}
        </ol>
        {p.numbers.cases.length < p.numbers.changed ? (
          <p class="wd-where">The first {p.numbers.cases.length} cases are listed.</p>
        ) : null}
      </section>
    </Layout>
  );
}
