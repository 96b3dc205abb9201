import ReactMarkdown, { defaultUrlTransform } from "react-markdown";

import { cn } from "./cn.ts";

// Editors write Markdown; readers must never get script from it. react-markdown builds React
// elements (so text is escaped), ignores raw HTML, and we allow only http(s), mailto and
// in-site links: no `javascript:`, no `data:`, no event handlers.
function safeUrl(url: string): string {
  const cleaned = defaultUrlTransform(url);
  return /^(https?:|mailto:|\/|#)/i.test(cleaned) ? cleaned : "";
}

export function Markdown({ children, className }: { children: string; className?: string }) {
  return (
    <div className={cn("prose-atlas", className)}>
      <ReactMarkdown skipHtml urlTransform={safeUrl} disallowedElements={["img"]} unwrapDisallowed>
        {children}
      </ReactMarkdown>
    </div>
  );
}
