/** @module Small inline-SVG charts for the outlet pages: no script, labelled in text, readable in print. */
import type { OutletProfile } from "../../core/profile/profile-types.ts";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
/** The compare page's colours (public/wirediff.css), with a hatch for cut so print in grey still tells it apart. */
const PARTS = [
  ["verbatim", "verbatim", "#9db0c8"],
  ["styleOnly", "style only", "#d9c45a"],
  ["reworded", "reworded", "#e08a2c"],
  ["cut", "cut", "url(#wd-hatch)"],
] as const;

/** The hatch pattern the charts share: put once on a page (ids must be unique), before the charts. */
export function ChartDefs() {
  return (
    <svg width="0" height="0" style="position:absolute" aria-hidden="true">
      <defs>
        <pattern id="wd-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#f4c7c2" />
          <rect width="3" height="6" fill="#c8453a" />
        </pattern>
      </defs>
    </svg>
  );
}

/** What became of the sources' words: one stacked bar, with the shares also as text. */
export function SharesBar({
  p,
  width = 240,
  labels = false,
}: {
  p: OutletProfile;
  width?: number;
  labels?: boolean;
}) {
  let x = 0;
  const text = PARTS.map(([k, l]) => `${l} ${pct(p.shares[k])}`).join(", ") + `; added ${pct(p.shares.added)}`;
  return (
    <svg
      class="wd-chart wd-shares"
      role="img"
      aria-label={text}
      width={width}
      height={labels ? 34 : 14}
      viewBox={`0 0 ${width} ${labels ? 34 : 14}`}
    >
      <title>{text}</title>
      {PARTS.map(([k, l, fill]) => {
        const w = p.shares[k] * width,
          at = x;
        x += w;
        return w > 0 ? (
          <rect x={at.toFixed(1)} y="0" width={w.toFixed(1)} height="14" fill={fill}>
            <title>{`${l} ${pct(p.shares[k])}`}</title>
          </rect>
        ) : null;
      })}
      <rect x="0" y="0" width={width} height="14" fill="none" stroke="#1d1f23" stroke-width="0.5" />
      {labels ? (
        <text x="0" y="30" font-size="11" font-family="system-ui, sans-serif">
          {text}
        </text>
      ) : null}
    </svg>
  );
}

/** Where the outlet cuts: the share of the sources' body paragraphs it dropped, band by band from top to bottom. */
export function CutBandsChart({ p }: { p: OutletProfile }) {
  const bands = p.cutBands,
    w = 28,
    gap = 6,
    h = 90,
    top = 14,
    width = bands.length * (w + gap) + 40;
  const rate = (b: { paragraphs: number; cut: number }) => (b.paragraphs ? b.cut / b.paragraphs : 0);
  const text = bands.map((b, k) => `band ${k + 1}: ${b.cut} of ${b.paragraphs} cut`).join("; ");
  return (
    <svg
      class="wd-chart wd-cut-bands"
      role="img"
      aria-label={`Paragraphs cut by position in the source, top to bottom: ${text}`}
      width={width}
      height={h + top + 34}
      viewBox={`0 0 ${width} ${h + top + 34}`}
    >
      <title>Paragraphs cut by position in the source, top to bottom</title>
      <line x1="36" y1={top + h} x2={width} y2={top + h} stroke="#1d1f23" stroke-width="0.5" />
      <text x="30" y={top + 4} font-size="10" text-anchor="end" font-family="system-ui, sans-serif">
        100%
      </text>
      <text x="30" y={top + h} font-size="10" text-anchor="end" font-family="system-ui, sans-serif">
        0
      </text>
      {bands.map((b, k) => {
        const bh = rate(b) * h,
          x = 40 + k * (w + gap);
        return (
          <g>
            <rect x={x} y={top} width={w} height={h} fill="#f6f7f9" />
            {bh > 0 ? (
              <rect
                x={x}
                y={(top + h - bh).toFixed(1)}
                width={w}
                height={bh.toFixed(1)}
                fill="url(#wd-hatch)"
                stroke="#c8453a"
                stroke-width="0.5"
              >
                <title>{`${b.cut} of ${b.paragraphs} paragraphs cut`}</title>
              </rect>
            ) : null}
            <text
              x={x + w / 2}
              y={(top + h - bh - 3).toFixed(1)}
              font-size="9"
              text-anchor="middle"
              font-family="system-ui, sans-serif"
            >
              {b.paragraphs ? `${Math.round(rate(b) * 100)}` : "–"}
            </text>
          </g>
        );
      })}
      <text x="40" y={top + h + 16} font-size="11" font-family="system-ui, sans-serif">
        top of the source
      </text>
      <text x={width} y={top + h + 16} font-size="11" text-anchor="end" font-family="system-ui, sans-serif">
        bottom
      </text>
    </svg>
  );
}
