export { Alert } from "./alert.tsx";
export { Badge, type BadgeTone } from "./badge.tsx";
export { buttonClass, type ButtonVariant } from "./button.ts";
export { cn } from "./cn.ts";
export { Field, inputClass, type ControlProps } from "./field.tsx";
export { Highlight, MARK_END, MARK_START } from "./highlight.tsx";
export { Card, Container, EmptyState, SectionHeading, SkipLink } from "./layout.tsx";
export { Markdown } from "./markdown.tsx";
export { Pagination } from "./pagination.tsx";
