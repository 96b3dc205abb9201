"use client";

import type { PanzoomObject } from "@panzoom/panzoom";
import { useRef, useState, type ReactNode } from "react";

type Picked = { label: string; href: string; name: string };

const MAX_ZOOM = 8;

/**
 * What the map does beyond its links: a tap (or keyboard focus) on a country shows its count and
 * a link below the map, a second tap opens it; + and − zoom, and a zoomed map pans by dragging.
 * The pan-and-zoom library is fetched on first use only. Without script the map is its links.
 */
export function MapInteractions({ focusName, children }: { focusName: string; children: ReactNode }) {
  const viewport = useRef<HTMLDivElement>(null);
  const zoomer = useRef<Promise<PanzoomObject> | null>(null);
  const pointer = useRef<{ type: string; x: number; y: number; at: number } | null>(null);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [zoomed, setZoomed] = useState(false);

  const panzoom = () =>
    (zoomer.current ??= import("@panzoom/panzoom").then(({ default: Panzoom }) => {
      const box = viewport.current!;
      const canvas = box.firstElementChild as HTMLElement;
      // Until zoomed in, a finger scrolls the page as anywhere else; once zoomed, it moves the map.
      const pz = Panzoom(canvas, { minScale: 1, maxScale: MAX_ZOOM, step: 0.5, contain: "outside", panOnlyWhenZoomed: true, touchAction: "pan-y", cursor: "default" });
      canvas.addEventListener("panzoomchange", (e) => {
        const { scale } = (e as CustomEvent<{ scale: number }>).detail;
        box.style.setProperty("--zoom", String(scale));
        pz.setOptions({ touchAction: scale > 1 ? "none" : "pan-y", cursor: scale > 1 ? "move" : "default" });
        setZoomed(scale > 1.01);
      });
      // A pinch on a trackpad arrives as a wheel with Ctrl; a plain wheel still scrolls the page.
      box.addEventListener("wheel", (e) => e.ctrlKey && pz.zoomWithWheel(e));
      return pz;
    }));

  const pick = (link: Element | null): Picked | null => {
    if (!(link instanceof Element) || !link.matches("a[data-name]")) return null;
    return { label: link.getAttribute("aria-label") ?? "", href: link.getAttribute("href") ?? "", name: link.getAttribute("data-name") ?? "" };
  };

  return (
    <div>
      <div
        ref={viewport}
        className="map-viewport"
        onPointerDownCapture={(e) => {
          pointer.current = { type: e.pointerType, x: e.clientX, y: e.clientY, at: e.timeStamp };
          if (e.pointerType !== "mouse") void panzoom();
        }}
        onClickCapture={(e) => {
          const link = (e.target as Element).closest("a[data-name]");
          const p = pointer.current;
          // A drag that moved the map is not a tap on what it ended over.
          if (p && Math.hypot(e.clientX - p.x, e.clientY - p.y) > 8) return e.preventDefault();
          const found = pick(link);
          if (!found || !p || p.type === "mouse") return;
          // A first tap shows the country; a second tap on it opens its page.
          if (picked?.href !== found.href) {
            e.preventDefault();
            setPicked(found);
          }
        }}
        onFocusCapture={(e) => {
          // A tap focuses the link before its click: the click decides, or the first tap would open the page.
          if (pointer.current && e.timeStamp - pointer.current.at < 1000) return;
          const found = pick(e.target);
          if (found) setPicked(found);
        }}
      >
        {children}
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2 border-t border-ink-200 px-3 py-2">
        <p className="min-h-6 text-sm text-ink-800" aria-live="polite" data-map-picked={picked?.name ?? ""}>
          {picked ? (
            <>
              <span className="font-medium">{picked.label}.</span>{" "}
              <a href={picked.href} className="font-medium text-sky-700 underline decoration-sky-300 hover:decoration-sky-700">
                Open the page on {focusName} and {picked.name}
              </a>
            </>
          ) : (
            <span className="text-ink-600">Tap or focus a country for its records; zoom with + and −, then drag to move.</span>
          )}
        </p>
        <div className="flex gap-1" role="group" aria-label="Zoom the map">
          {(
            [
              ["+", "Zoom in", (pz: PanzoomObject) => pz.zoomIn()],
              ["−", "Zoom out", (pz: PanzoomObject) => pz.zoomOut()],
              ["⟲", "Show the whole map", (pz: PanzoomObject) => pz.reset()],
            ] as const
          ).map(([text, name, act]) => (
            <button
              key={name}
              type="button"
              aria-label={name}
              title={name}
              disabled={name !== "Zoom in" && !zoomed}
              onClick={() => void panzoom().then(act)}
              className="grid h-9 w-9 place-items-center rounded-md border border-ink-300 bg-white text-lg leading-none text-ink-800 hover:bg-ink-100 disabled:opacity-50"
            >
              <span aria-hidden="true">{text}</span>
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
