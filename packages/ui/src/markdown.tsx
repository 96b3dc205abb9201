import ReactMarkdown, { defaultUrlTransform, type Components } from "react-markdown";

import { cn } from "./cn.ts";

// Editors write Markdown; readers must never get script from it. react-markdown builds React
// elements (so text is escaped), ignores raw HTML, and we allow only http(s), mailto and
// in-site links: no `javascript:`, no `data:`, no event handlers.
function safeUrl(url: string): string {
  const cleaned = defaultUrlTransform(url);
  return /^(https?:|mailto:|\/|#)/i.test(cleaned) ? cleaned : "";
}

export function Markdown({ children, className, components }: { children: string; className?: string; components?: Components }) {
  return (
    <div className={cn("prose-atlas", className)}>
      <ReactMarkdown skipHtml urlTransform={safeUrl} disallowedElements={["img"]} unwrapDisallowed components={components}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
